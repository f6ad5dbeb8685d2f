using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Web.Pages.Backoffice.Media;

/// <summary>
/// /backoffice/media: the library's folders, search, list or grid of items with paging, and the upload form (a plain
/// multi-file post without scripts; with scripts each file goes to <see cref="MediaUploadEndpoint"/> with a progress bar).
/// </summary>
[RequestSizeLimit(1024L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 1024L * 1024 * 1024)]
public sealed class IndexModel(MediaLibrary library, Uploads uploads, BackofficeActor actors, IOptions<MediaOptions> options) : PageModel
{
    public const int PageSize = 24;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "cartella")]
    public Guid? FolderId { get; set; }

    [BindProperty(SupportsGet = true, Name = "vista")]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "stato")]
    public string? Status { get; set; }

    public bool Grid => View == "griglia";

    public MediaOptions Settings => options.Value;

    public IReadOnlyList<MediaFolder> Folders { get; private set; } = [];

    public MediaFolder? CurrentFolder { get; private set; }

    /// <summary>From the top level down to the current folder.</summary>
    public IReadOnlyList<MediaFolder> Trail { get; private set; } = [];

    public IReadOnlyList<MediaFolder> Subfolders { get; private set; } = [];

    public MediaLibrary.Page Items { get; private set; } = new([], 0);

    public IReadOnlyList<MediaUploadEndpoint.FileResult> UploadResults { get; private set; } = [];

    public bool CanManage { get; private set; }

    public string? StatusMessage => Status switch
    {
        "cartella-creata" => "Cartella creata.",
        "cartella-rinominata" => "Cartella rinominata.",
        "cartella-eliminata" => "Cartella eliminata.",
        "eliminato" => "File eliminato dalla libreria.",
        _ => null,
    };

    public int Pages => Math.Max(1, (Items.Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Forbid();

    /// <summary>The upload without scripts: every file of the form, each with its result on the page.</summary>
    public async Task<IActionResult> OnPostUploadAsync([FromForm(Name = "files")] List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        var actor = await actors.GetAsync();
        var chosen = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError("files", "Scegli almeno un file da caricare.");
            return Page();
        }

        if (chosen.Count > Settings.MaxFilesPerUpload)
        {
            ModelState.AddModelError("files", $"Puoi caricare al massimo {Settings.MaxFilesPerUpload} file alla volta.");
            return Page();
        }

        var results = new List<MediaUploadEndpoint.FileResult>();
        foreach (var file in chosen)
        {
            results.Add(MediaUploadEndpoint.Describe(file.FileName, await uploads.StoreAsync(file, new UploadTarget(FolderId: CurrentFolder?.Id), actor, cancellationToken)));
        }

        UploadResults = results;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostCreateFolderAsync(string? name, CancellationToken cancellationToken) =>
        ManageAsync(() => library.CreateFolderAsync(name, FolderId, cancellationToken), "cartella-creata", FolderId, cancellationToken);

    public Task<IActionResult> OnPostRenameFolderAsync(string? name, CancellationToken cancellationToken) =>
        ManageAsync(() => FolderId is { } id ? library.RenameFolderAsync(id, name, cancellationToken) : Task.FromResult<string?>("Scegli la cartella da rinominare."),
            "cartella-rinominata", FolderId, cancellationToken);

    public async Task<IActionResult> OnPostDeleteFolderAsync(CancellationToken cancellationToken)
    {
        var parent = (await library.FoldersAsync(cancellationToken)).FirstOrDefault(f => f.Id == FolderId)?.ParentId;
        return await ManageAsync(() => FolderId is { } id ? library.DeleteFolderAsync(id, cancellationToken) : Task.FromResult<string?>("Scegli la cartella da eliminare."),
            "cartella-eliminata", parent, cancellationToken);
    }

    /// <summary>This page with some query values changed (null removes one); the view and the search stay.</summary>
    public string Link(Guid? folder = null, bool keepFolder = true, string? view = null, int? page = null, string? query = null, bool keepQuery = true)
    {
        var values = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                values.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }

        Add("q", keepQuery ? query ?? Query : query);
        Add("cartella", (folder ?? (keepFolder ? FolderId : null))?.ToString());
        Add("vista", (view ?? View) == "griglia" ? "griglia" : null);
        Add("pagina", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return "/backoffice/media" + (values.Count > 0 ? "?" + string.Join("&", values) : "");
    }

    private async Task<IActionResult> ManageAsync(Func<Task<string?>> action, string status, Guid? folderAfter, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync();
        if (!MediaPermissions.CanManage(actor))
        {
            return Forbid();
        }

        if (await action() is { } error)
        {
            ModelState.AddModelError("name", error);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var url = Link(folder: folderAfter, keepFolder: false, keepQuery: false);
        return LocalRedirect(url + (url.Contains('?') ? "&" : "?") + "stato=" + status);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync();
        if (!MediaPermissions.CanView(actor))
        {
            return false;
        }

        CanManage = MediaPermissions.CanManage(actor);
        ViewData["Title"] = "Libreria media";
        Folders = await library.FoldersAsync(cancellationToken);
        CurrentFolder = Folders.FirstOrDefault(f => f.Id == FolderId);
        if (CurrentFolder is null)
        {
            FolderId = null;
        }

        var trail = new List<MediaFolder>();
        for (var folder = CurrentFolder; folder is not null && trail.Count < 50; folder = Folders.FirstOrDefault(f => f.Id == folder.ParentId))
        {
            trail.Insert(0, folder);
        }

        Trail = trail;
        Subfolders = [.. Folders.Where(f => f.ParentId == FolderId)];
        if (Query is { Length: > 200 })
        {
            Query = Query[..200];
        }

        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        Items = await library.SearchAsync(Query, FolderId, PageNumber, PageSize, cancellationToken);
        return true;
    }
}
