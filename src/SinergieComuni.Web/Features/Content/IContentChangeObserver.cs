namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// Told of every change the workflow makes to an item, inside the change's transaction, after the item and its
/// versions are saved: read models outside the content feature (the search indexes) stay in step with it.
/// </summary>
public interface IContentChangeObserver
{
    Task OnItemChangedAsync(ContentItem item, CancellationToken cancellationToken);
}
