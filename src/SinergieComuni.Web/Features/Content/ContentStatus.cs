namespace SinergieComuni.Web.Features.Content;

/// <summary>The Italian state labels shown in lists and on the editor.</summary>
public static class ContentStatus
{
    public static IReadOnlyList<string> Labels(ContentItem item)
    {
        var labels = new List<string>();
        if (item.IsDeleted)
        {
            labels.Add("Nel cestino");
            return labels;
        }

        labels.Add(item.IsPublished ? "Pubblicato" : "Bozza");
        if (item.IsPublished && item.HasUnpublishedChanges)
        {
            labels.Add("Modifiche non pubblicate");
        }

        if (item.ReviewState == ReviewState.Submitted)
        {
            labels.Add("Da approvare");
        }
        else if (item.ReviewState == ReviewState.SentBack)
        {
            labels.Add("Rimandato");
        }

        if (item.PublishAtUtc is not null || item.UnpublishAtUtc is not null)
        {
            labels.Add("Programmato");
        }

        return labels;
    }
}
