using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Navigation;

namespace SinergieComuni.Web.Pages.Backoffice.Navigation;

/// <summary>
/// Administrators and editors edit the main menu and the footer link groups. Moving, adding and removing a row
/// work without JavaScript (the form comes back with the change, nothing stored until "Salva"); the script does
/// the same in place and announces it.
/// </summary>
public sealed class NavigationEditorModel(NavigationSettings settings, BackofficeActor actors) : PageModel
{
    public const string Path = "/backoffice/navigazione";

    public const string ConflictMessage =
        "Qualcun altro ha salvato la navigazione dopo che hai aperto questa pagina: le tue modifiche non sono state salvate. Ricarica la pagina per vedere la versione attuale e rifai le modifiche.";

    /// <summary>The edited lists, in page order: form name, heading, whether the heading is editable.</summary>
    public static IReadOnlyList<(string Name, string Heading)> Lists { get; } =
    [
        (nameof(Main), "Menu principale"),
        (nameof(Partners), "Piè di pagina: colonna dei partner"),
        (nameof(Legal), "Piè di pagina: link utili"),
    ];

    [BindProperty]
    public List<LinkRow> Main { get; set; } = [];

    [BindProperty]
    public List<LinkRow> Partners { get; set; } = [];

    [BindProperty]
    public List<LinkRow> Legal { get; set; } = [];

    [BindProperty]
    public string? PartnersTitle { get; set; }

    [BindProperty]
    public string? LegalTitle { get; set; }

    [BindProperty]
    public int MainRevision { get; set; }

    [BindProperty]
    public int FooterRevision { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>What a move, add or remove did, for the live region.</summary>
    public string? Announcement { get; private set; }

    /// <summary>The id of the control to focus after a move, add or remove without script.</summary>
    public string? FocusId { get; private set; }

    public sealed class LinkRow
    {
        public string? Label { get; set; }

        public string? Url { get; set; }
    }

    public List<LinkRow> Rows(string list) => list switch
    {
        nameof(Main) => Main,
        nameof(Partners) => Partners,
        _ => Legal,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await actors.GetAsync()).IsEditor)
        {
            return Forbid();
        }

        var menus = await settings.LoadAsync(cancellationToken);
        Main = [.. menus.Main.Select(Row)];
        var partners = menus.FooterGroup(SiteMenus.PartnersGroup);
        var legal = menus.FooterGroup(SiteMenus.LegalGroup);
        Partners = [.. partners.Links.Select(Row)];
        Legal = [.. legal.Links.Select(Row)];
        PartnersTitle = partners.Title;
        LegalTitle = legal.Title;
        MainRevision = menus.MainRevision;
        FooterRevision = menus.FooterRevision;
        return Page();
    }

    /// <summary>Save, or (buttons without script) move/add/remove one row and show the form again.</summary>
    public async Task<IActionResult> OnPostAsync([FromForm] string? move, [FromForm] string? remove, [FromForm] string? add, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync();
        if (!actor.IsEditor)
        {
            return Forbid();
        }

        if (move is not null || remove is not null || add is not null)
        {
            Edit(move, remove, add);
            ModelState.Clear();
            return Page();
        }

        Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var footer = new List<FooterLinkGroup>
        {
            new(SiteMenus.PartnersGroup, PartnersTitle!.Trim(), Links(Partners)),
            new(SiteMenus.LegalGroup, LegalTitle!.Trim(), Links(Legal)),
        };
        var result = await settings.SaveAsync(actor, Links(Main), footer, MainRevision, FooterRevision, cancellationToken);
        if (result == NavigationSaveResult.Conflict)
        {
            ModelState.AddModelError("", ConflictMessage);
            return Page();
        }

        StatusMessage = result == NavigationSaveResult.Saved ? "Navigazione salvata: il sito pubblico la mostra già." : "Nessuna modifica da salvare.";
        return Redirect(Path);
    }

    private static LinkRow Row(NavigationLink link) => new() { Label = link.Label, Url = link.Url };

    /// <summary>Rows with both fields empty are dropped: an added row left blank is not an error.</summary>
    private static List<LinkRow> Filled(List<LinkRow> rows) =>
        [.. rows.Where(r => !string.IsNullOrWhiteSpace(r.Label) || !string.IsNullOrWhiteSpace(r.Url))];

    private static List<NavigationLink> Links(List<LinkRow> rows) =>
        [.. Filled(rows).Select(r => new NavigationLink(r.Label!.Trim(), r.Url!.Trim()))];

    private void Validate()
    {
        foreach (var (name, heading) in Lists)
        {
            var rows = Rows(name);
            rows.RemoveAll(r => string.IsNullOrWhiteSpace(r.Label) && string.IsNullOrWhiteSpace(r.Url));
            if (rows.Count > NavigationLinkRules.MaxLinks)
            {
                ModelState.AddModelError(name, $"{heading}: al massimo {NavigationLinkRules.MaxLinks} voci.");
            }

            for (var i = 0; i < rows.Count; i++)
            {
                if (NavigationLinkRules.LabelError(rows[i].Label) is { } label)
                {
                    ModelState.AddModelError($"{name}[{i}].Label", $"{heading}, voce {i + 1}: {label}");
                }

                if (NavigationLinkRules.UrlError(rows[i].Url) is { } url)
                {
                    ModelState.AddModelError($"{name}[{i}].Url", $"{heading}, voce {i + 1}: {url}");
                }
            }
        }

        if (Main.Count == 0)
        {
            ModelState.AddModelError(nameof(Main), "Il menu principale deve avere almeno una voce.");
        }

        foreach (var (name, title) in new[] { (nameof(PartnersTitle), PartnersTitle), (nameof(LegalTitle), LegalTitle) })
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                ModelState.AddModelError(name, "Scrivi il titolo del gruppo di link.");
            }
            else if (title.Trim().Length > NavigationLinkRules.MaxTitleLength)
            {
                ModelState.AddModelError(name, $"Il titolo del gruppo può avere al massimo {NavigationLinkRules.MaxTitleLength} caratteri.");
            }
        }
    }

    private void Edit(string? move, string? remove, string? add)
    {
        var parts = (move ?? remove ?? add ?? "").Split(':');
        var name = Lists.FirstOrDefault(l => l.Name == parts[0]).Name;
        if (name is null)
        {
            return;
        }

        var rows = Rows(name);
        var heading = Lists.First(l => l.Name == name).Heading;
        if (add is not null)
        {
            if (rows.Count >= NavigationLinkRules.MaxLinks)
            {
                Announcement = $"{heading}: al massimo {NavigationLinkRules.MaxLinks} voci.";
                return;
            }

            rows.Add(new LinkRow());
            Announcement = $"{heading}: aggiunta la voce {rows.Count}. Scrivi etichetta e indirizzo.";
            FocusId = $"{name}-{rows.Count - 1}-label";
            return;
        }

        if (parts.Length < 2 || !int.TryParse(parts[1], out var index) || index < 0 || index >= rows.Count)
        {
            return;
        }

        var label = string.IsNullOrWhiteSpace(rows[index].Label) ? "senza etichetta" : $"«{rows[index].Label!.Trim()}»";
        if (remove is not null)
        {
            rows.RemoveAt(index);
            Announcement = $"{heading}: voce {label} rimossa. Le modifiche vanno salvate.";
            FocusId = rows.Count == 0 ? $"{name}-add" : $"{name}-{Math.Min(index, rows.Count - 1)}-label";
            return;
        }

        var target = parts.Length > 2 && parts[2] == "giu" ? index + 1 : index - 1;
        if (target < 0 || target >= rows.Count)
        {
            Announcement = $"{heading}: la voce {label} è già {(target < 0 ? "la prima" : "l'ultima")}.";
            FocusId = $"{name}-{index}-{(target < 0 ? "up" : "down")}";
            return;
        }

        (rows[index], rows[target]) = (rows[target], rows[index]);
        Announcement = $"{heading}: voce {label} spostata in posizione {target + 1} di {rows.Count}.";
        FocusId = $"{name}-{target}-{(parts[2] == "giu" ? "down" : "up")}";
    }
}
