using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.PageCache;

namespace SinergieComuni.Web.Features.Navigation;

/// <summary>Reads and saves the main menu and the footer links (SiteSettings rows), with the revision check and the audit.</summary>
public sealed class NavigationSettings(SinergieDbContext db, AuditLog audit, CacheGeneration generation, TimeProvider clock)
{
    public async Task<SiteMenus> LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await db.SiteSettings.AsNoTracking()
            .Where(s => s.Key == SiteMenus.MainKey || s.Key == SiteMenus.FooterKey)
            .ToListAsync(cancellationToken);
        var main = rows.FirstOrDefault(r => r.Key == SiteMenus.MainKey);
        var footer = rows.FirstOrDefault(r => r.Key == SiteMenus.FooterKey);
        var storedFooter = footer is null ? null : NavigationJson.ReadFooter(footer.ValueJson);
        return new SiteMenus(
            (main is null ? null : NavigationJson.ReadMain(main.ValueJson)) ?? SiteMenus.DefaultMain,
            // Every known group is there, in its place, even if the stored value lacks one.
            [.. SiteMenus.DefaultFooter.Select(d => storedFooter?.FirstOrDefault(g => g.Key == d.Key) ?? d)],
            main?.Revision ?? 0,
            footer?.Revision ?? 0);
    }

    /// <summary>Stores both values when the revisions are still the ones the editor started from; evicts the cached pages.</summary>
    public async Task<NavigationSaveResult> SaveAsync(ContentActor actor, IReadOnlyList<NavigationLink> main, IReadOnlyList<FooterLinkGroup> footer,
        int mainRevision, int footerRevision, CancellationToken cancellationToken)
    {
        var current = await LoadAsync(cancellationToken);
        if (current.MainRevision != mainRevision || current.FooterRevision != footerRevision)
        {
            return NavigationSaveResult.Conflict;
        }

        var mainJson = NavigationJson.WriteMain(main);
        var footerJson = NavigationJson.WriteFooter(footer);
        var mainChanged = mainJson != NavigationJson.WriteMain(current.Main);
        var footerChanged = footerJson != NavigationJson.WriteFooter(current.Footer);
        if (!mainChanged && !footerChanged)
        {
            return NavigationSaveResult.Unchanged;
        }

        string written;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (mainChanged)
            {
                await StoreAsync(SiteMenus.MainKey, mainJson, mainRevision, actor, cancellationToken);
            }

            if (footerChanged)
            {
                await StoreAsync(SiteMenus.FooterKey, footerJson, footerRevision, actor, cancellationToken);
            }

            audit.Record(actor.UserId, actor.UserName, AuditAction.NavigationChange, null, null, "Navigazione del sito", Describe(main, footer, mainChanged, footerChanged));
            await db.SaveChangesAsync(cancellationToken);
            written = await generation.WriteSharedAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent save changed the revision (or created the row) first.
            db.ChangeTracker.Clear();
            return NavigationSaveResult.Conflict;
        }

        generation.Saw(written);
        await generation.InvalidateLocallyAsync(cancellationToken);
        return NavigationSaveResult.Saved;
    }

    private async Task StoreAsync(string key, string json, int expectedRevision, ContentActor actor, CancellationToken cancellationToken)
    {
        var row = await db.SiteSettings.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (row is null)
        {
            row = new SiteSetting { Key = key };
            db.SiteSettings.Add(row);
        }
        else if (row.Revision != expectedRevision)
        {
            throw new DbUpdateConcurrencyException("The navigation changed meanwhile.");
        }

        row.ValueJson = json;
        row.Revision++;
        row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        row.UpdatedBy = actor.UserName.Length > 256 ? actor.UserName[..256] : actor.UserName;
    }

    private static string Describe(IReadOnlyList<NavigationLink> main, IReadOnlyList<FooterLinkGroup> footer, bool mainChanged, bool footerChanged)
    {
        var parts = new List<string>();
        if (mainChanged)
        {
            parts.Add($"Menu principale: {string.Join(", ", main.Select(l => l.Label))}");
        }

        if (footerChanged)
        {
            parts.AddRange(footer.Select(g => $"{g.Title}: {string.Join(", ", g.Links.Select(l => l.Label))}"));
        }

        return string.Join("; ", parts);
    }
}
