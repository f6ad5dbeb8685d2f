using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Editorial;

public sealed class NewsRules(EditorialChecks checks) : IContentTypeRules
{
    public string ContentType => ContentTypes.News;

    public async Task<Dictionary<string, List<string>>> ValidateAsync(IContentDocument document, CancellationToken cancellationToken)
    {
        var news = (NewsDocument)document;
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        checks.Topics(news.Topics, errors);
        await checks.ImageAsync(news.ImageId, news.ImageAlt, errors, cancellationToken);
        if (news.NewsDate is { Year: < 1990 or > 2200 })
        {
            EditorialChecks.Add(errors, "NewsDate", "La data della notizia non è valida.");
        }

        return errors;
    }

    public Guid? OwningOrganisation(IContentDocument document, Guid itemId) => null;

    public Task OnPublicationChangedAsync(ContentItem item, IContentDocument? published, CancellationToken cancellationToken) => Task.CompletedTask;
}
