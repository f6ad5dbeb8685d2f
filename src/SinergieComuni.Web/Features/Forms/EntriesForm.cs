using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>A form as the backoffice entries pages see it: its item, its latest definition and what the signed-in person may do.</summary>
public sealed record EntriesForm(ContentItem Item, FormDocument Latest, ContentActor Actor)
{
    public FormSettings Settings => Latest.Settings;

    public bool CanRead => FormAccess.CanReadEntries(Actor, Settings);

    public bool CanReadSensitive => FormAccess.CanReadSensitive(Actor, Settings);

    public bool CanManage => CanRead && FormAccess.CanManageEntries(Actor);

    public string EntriesPath => $"/backoffice/moduli/{Item.Id}/risposte";

    public string EntryPath(Guid entryId) => $"{EntriesPath}/{entryId}";

    public string FilePath(Guid entryId, Guid fileId) => $"{EntriesPath}/{entryId}/file/{fileId}";
}
