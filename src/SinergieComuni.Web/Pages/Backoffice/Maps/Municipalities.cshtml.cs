using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Maps;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Web.Pages.Backoffice.Maps;

/// <summary>
/// Editors correct the centre of each municipality (approximate in territory.json): "Vicino a" on the public map,
/// the map's framing and the picker's "Parti dal centro del comune" use it.
/// </summary>
public sealed class MunicipalitiesModel(SinergieDbContext db, BackofficeActor actors, AuditLog audit, IOptions<MapOptions> maps) : PageModel
{
    public IReadOnlyList<TaxonomyTerm> Municipalities { get; private set; } = [];

    [BindProperty]
    public List<Centre> Centres { get; set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public sealed class Centre
    {
        public string Key { get; set; } = "";

        public string? Latitude { get; set; }

        public string? Longitude { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await actors.GetAsync()).IsEditor)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        Centres = [.. Municipalities.Select(m => new Centre { Key = m.Key, Latitude = Text(m.Latitude), Longitude = Text(m.Longitude) })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync();
        if (!actor.IsEditor)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        var area = maps.Value.AreaBox;
        var terms = await db.TaxonomyTerms.Where(t => t.Vocabulary == Vocabularies.Municipality).ToListAsync(cancellationToken);
        var changes = new List<string>();
        for (var i = 0; i < Centres.Count; i++)
        {
            var centre = Centres[i];
            var term = terms.FirstOrDefault(t => t.Key == centre.Key);
            if (term is null)
            {
                continue;
            }

            var latitude = Number(centre.Latitude);
            var longitude = Number(centre.Longitude);
            if (latitude is null || longitude is null)
            {
                ModelState.AddModelError($"Centres[{i}].Latitude", $"{term.Label}: scrivi latitudine e longitudine come numeri con il punto decimale (per esempio 45.3583 e 9.3236).");
            }
            else if (!area.Contains(latitude.Value, longitude.Value))
            {
                ModelState.AddModelError($"Centres[{i}].Latitude", $"{term.Label}: il punto è fuori dall'area della mappa. Controlla di non aver scambiato latitudine e longitudine.");
            }
            else if (term.Latitude != latitude || term.Longitude != longitude)
            {
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"{term.Label}: {Text(term.Latitude)}, {Text(term.Longitude)} → {latitude}, {longitude}"));
                term.Latitude = latitude;
                term.Longitude = longitude;
            }
        }

        if (!ModelState.IsValid)
        {
            // Nothing is stored when one row is wrong: the form shows what was typed with the messages.
            return Page();
        }

        if (changes.Count > 0)
        {
            audit.Record(actor.UserId, actor.UserName, AuditAction.MunicipalityCentres, null, null, null, string.Join("; ", changes));
            await db.SaveChangesAsync(cancellationToken);
        }

        StatusMessage = changes.Count == 0 ? "Nessuna modifica da salvare." : $"Centri aggiornati: {changes.Count}.";
        return Redirect("/backoffice/mappa/comuni");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Municipalities = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Vocabulary == Vocabularies.Municipality).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);

    private static string? Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static double? Number(string? text) =>
        double.TryParse((text ?? "").Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}
