using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Web.Pages.Backoffice.Media;

/// <summary>
/// /backoffice/media/{id}: what the library says of a file (title, alt text, caption, credits, folder), the focal
/// point and named crops of an image, where it is used, and its deletion (refused while content uses it).
/// </summary>
public sealed class ItemModel(SinergieDbContext db, MediaLibrary library, BackofficeActor actors, IOptions<ImageOptions> images, TimeProvider clock) : PageModel
{
    public sealed class CropInput
    {
        public string Name { get; set; } = "";

        public double? X { get; set; }

        public double? Y { get; set; }

        public double? W { get; set; }

        public double? H { get; set; }
    }

    public sealed class ItemInput
    {
        public string? Title { get; set; }

        public string? AltText { get; set; }

        public string? Caption { get; set; }

        public string? Credits { get; set; }

        public Guid? FolderId { get; set; }

        /// <summary>Percent from the left.</summary>
        public double? FocalX { get; set; }

        /// <summary>Percent from the top.</summary>
        public double? FocalY { get; set; }

        public List<CropInput> Crops { get; set; } = [];
    }

    [BindProperty]
    public ItemInput Input { get; set; } = new();

    [BindProperty]
    public bool ConfirmDelete { get; set; }

    [BindProperty(SupportsGet = true, Name = "salvato")]
    public bool Saved { get; set; }

    public MediaItem Item { get; private set; } = null!;

    public IReadOnlyList<MediaFolder> Folders { get; private set; } = [];

    public IReadOnlyList<MediaLibrary.Usage> Usages { get; private set; } = [];

    /// <summary>The content that blocked a deletion just asked for.</summary>
    public IReadOnlyList<MediaLibrary.Usage> BlockedBy { get; private set; } = [];

    public bool CanManage { get; private set; }

    public ImageOptions ImageSettings => images.Value;

    public string Version => MediaCrops.Version(Item.FocalX, Item.FocalY, Item.CropsJson);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input = InputFrom(Item);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!CanManage)
        {
            return Forbid();
        }

        ModelState.Clear();
        var crops = Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var actor = await actors.GetAsync();
        var item = await db.MediaItems.FirstAsync(m => m.Id == id, cancellationToken);
        item.Title = Input.Title!.Trim();
        item.AltText = Clean(Input.AltText);
        item.Caption = Clean(Input.Caption);
        item.Credits = Clean(Input.Credits);
        item.FolderId = Input.FolderId;
        if (Item.IsImage)
        {
            item.FocalX = Math.Round(Input.FocalX!.Value / 100, 4);
            item.FocalY = Math.Round(Input.FocalY!.Value / 100, 4);
            item.CropsJson = MediaCrops.Serialize(crops);
        }

        item.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        item.UpdatedBy = actor.UserName;
        await db.SaveChangesAsync(cancellationToken);
        return LocalRedirect($"/backoffice/media/{id}?salvato=true");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!CanManage)
        {
            return Forbid();
        }

        Input = InputFrom(Item);
        ModelState.Clear();
        if (!ConfirmDelete)
        {
            ModelState.AddModelError(nameof(ConfirmDelete), "Per eliminare il file spunta la conferma.");
            return Page();
        }

        var (deleted, usedBy) = await library.DeleteAsync(id, await actors.GetAsync(), cancellationToken);
        if (!deleted)
        {
            BlockedBy = usedBy;
            Usages = usedBy;
            ModelState.AddModelError(nameof(ConfirmDelete), usedBy.Count == 1
                ? $"Il file non si può eliminare perché è usato in «{usedBy[0].Title}»: toglilo prima da quel contenuto."
                : $"Il file non si può eliminare perché è usato in {usedBy.Count} contenuti: toglilo prima da ciascuno ({string.Join(", ", usedBy.Select(u => $"«{u.Title}»"))}).");
            return Page();
        }

        return LocalRedirect("/backoffice/media?stato=eliminato" + (Item.FolderId is { } folder ? "&cartella=" + folder : ""));
    }

    public string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync();
        if (!MediaPermissions.CanView(actor))
        {
            return Forbid();
        }

        var item = await db.MediaItems.AsNoTracking().Include(m => m.File).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        CanManage = MediaPermissions.CanManage(actor);
        Folders = await library.FoldersAsync(cancellationToken);
        Usages = await library.UsagesAsync(id, cancellationToken);
        ViewData["Title"] = item.Title;
        return null;
    }

    private ItemInput InputFrom(MediaItem item)
    {
        var crops = MediaCrops.Parse(item.CropsJson);
        return new ItemInput
        {
            Title = item.Title,
            AltText = item.AltText,
            Caption = item.Caption,
            Credits = item.Credits,
            FolderId = item.FolderId,
            FocalX = Math.Round(item.FocalX * 100, 2),
            FocalY = Math.Round(item.FocalY * 100, 2),
            Crops = [.. images.Value.Crops.Keys.Select(name => crops.TryGetValue(name, out var r)
                ? new CropInput { Name = name, X = Math.Round(r.X * 100, 2), Y = Math.Round(r.Y * 100, 2), W = Math.Round(r.W * 100, 2), H = Math.Round(r.H * 100, 2) }
                : new CropInput { Name = name })],
        };
    }

    /// <summary>Italian errors in ModelState; the crops to store (shares of the image).</summary>
    private Dictionary<string, CropRegion> Validate()
    {
        var title = Input.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            ModelState.AddModelError("Input.Title", "Il titolo è obbligatorio.");
        }
        else if (title.Length > 200)
        {
            ModelState.AddModelError("Input.Title", "Il titolo può avere al massimo 200 caratteri.");
        }

        if (Input.AltText?.Trim().Length > 250)
        {
            ModelState.AddModelError("Input.AltText", "Il testo alternativo può avere al massimo 250 caratteri.");
        }

        if (Input.Caption?.Trim().Length > 500)
        {
            ModelState.AddModelError("Input.Caption", "La didascalia può avere al massimo 500 caratteri.");
        }

        if (Input.Credits?.Trim().Length > 200)
        {
            ModelState.AddModelError("Input.Credits", "I crediti possono avere al massimo 200 caratteri.");
        }

        if (Input.FolderId is { } folder && Folders.All(f => f.Id != folder))
        {
            ModelState.AddModelError("Input.FolderId", "La cartella scelta non esiste più.");
        }

        var crops = new Dictionary<string, CropRegion>(StringComparer.Ordinal);
        if (!Item.IsImage)
        {
            return crops;
        }

        if (Input.FocalX is not (>= 0 and <= 100))
        {
            ModelState.AddModelError("Input.FocalX", "Il punto di interesse orizzontale deve essere tra 0 e 100 (per cento da sinistra).");
        }

        if (Input.FocalY is not (>= 0 and <= 100))
        {
            ModelState.AddModelError("Input.FocalY", "Il punto di interesse verticale deve essere tra 0 e 100 (per cento dall'alto).");
        }

        for (var i = 0; i < Input.Crops.Count; i++)
        {
            var crop = Input.Crops[i];
            if (!images.Value.Crops.ContainsKey(crop.Name))
            {
                continue;
            }

            double?[] values = [crop.X, crop.Y, crop.W, crop.H];
            if (values.All(v => v is null))
            {
                continue;
            }

            if (values.Any(v => v is null) || crop.X < 0 || crop.Y < 0 || crop.W < 1 || crop.H < 1 || crop.X + crop.W > 100.01 || crop.Y + crop.H > 100.01)
            {
                ModelState.AddModelError($"Input.Crops[{i}].X", $"Ritaglio «{crop.Name}»: indica sinistra, alto, larghezza e altezza in percentuale (tra 0 e 100, con sinistra + larghezza e alto + altezza fino a 100), oppure lascia vuoti tutti e quattro i campi.");
                continue;
            }

            crops[crop.Name] = new CropRegion(Math.Round(crop.X!.Value / 100, 4), Math.Round(crop.Y!.Value / 100, 4), Math.Round(crop.W!.Value / 100, 4), Math.Round(crop.H!.Value / 100, 4));
        }

        return crops;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
