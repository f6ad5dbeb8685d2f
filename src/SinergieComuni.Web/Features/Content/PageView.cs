namespace SinergieComuni.Web.Features.Content;

/// <summary>What the page template needs: the document and the date shown as "Pagina aggiornata il".</summary>
public sealed record PageView(PageDocument Document, DateTime UpdatedUtc)
{
    public bool IsHome => Document.Slug == PageSlugs.Home;
}
