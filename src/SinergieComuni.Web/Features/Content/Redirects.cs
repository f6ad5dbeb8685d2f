using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// Permanent redirects: added when a published address changes, managed by editors, followed when an address
/// would otherwise be "not found". Chains are collapsed and loops refused.
/// </summary>
public sealed class Redirects(SinergieDbContext db, TimeProvider clock, AuditLog audit)
{
    private const int MaxHops = 20;

    public Task<Redirect?> FindAsync(string path, CancellationToken cancellationToken)
    {
        var normalised = Normalise(path);
        return normalised is null
            ? Task.FromResult<Redirect?>(null)
            : db.Redirects.AsNoTracking().FirstOrDefaultAsync(r => r.FromPath == normalised, cancellationToken);
    }

    /// <summary>Called when an item is published at <paramref name="newPath"/>, having been public at <paramref name="oldPath"/>.</summary>
    public async Task OnPublishedAtAsync(ContentItem item, string? oldPath, string newPath, ContentActor actor, CancellationToken cancellationToken)
    {
        // The content now answers at newPath: a redirect from there would hide it.
        var shadowing = await db.Redirects.Where(r => r.FromPath == newPath).ToListAsync(cancellationToken);
        db.Redirects.RemoveRange(shadowing);
        foreach (var removed in shadowing)
        {
            audit.Record(actor, AuditAction.RedirectRemove, item, $"{removed.FromPath} → {removed.ToPath} (l'indirizzo ora è di questo contenuto)");
        }

        if (oldPath is null || oldPath == newPath)
        {
            return;
        }

        foreach (var pointingToOld in await db.Redirects.Where(r => r.ToPath == oldPath).ToListAsync(cancellationToken))
        {
            pointingToOld.ToPath = newPath;
        }

        var existing = await db.Redirects.FirstOrDefaultAsync(r => r.FromPath == oldPath, cancellationToken);
        if (existing is null)
        {
            db.Redirects.Add(new Redirect
            {
                FromPath = oldPath,
                ToPath = newPath,
                Automatic = true,
                ItemId = item.Id,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
                CreatedBy = actor.UserName,
            });
        }
        else
        {
            existing.ToPath = newPath;
        }

        audit.Record(actor, AuditAction.RedirectAdd, item, $"{oldPath} → {newPath} (automatico, cambio di indirizzo)");
    }

    public async Task<WorkflowResult> AddAsync(ContentActor actor, string from, string to, CancellationToken cancellationToken)
    {
        if (!ContentPermissions.CanManageRedirects(actor))
        {
            return WorkflowResult.Forbidden();
        }

        var fromPath = Normalise(from);
        if (fromPath is null || fromPath == "/" || fromPath.StartsWith("/backoffice", StringComparison.Ordinal) || fromPath.StartsWith("/api/", StringComparison.Ordinal))
        {
            return WorkflowResult.Invalid("From", "L'indirizzo di partenza deve iniziare con «/» (per esempio /vecchia-pagina) e non può essere la home, il backoffice o l'API.");
        }

        var toPath = NormaliseTarget(to);
        if (toPath is null)
        {
            return WorkflowResult.Invalid("To", "La destinazione deve essere un indirizzo del sito che inizia con «/» oppure un indirizzo https:// completo.");
        }

        if (toPath == fromPath)
        {
            return WorkflowResult.Invalid("To", "La destinazione non può essere uguale all'indirizzo di partenza.");
        }

        if (await db.Redirects.AnyAsync(r => r.FromPath == fromPath, cancellationToken))
        {
            return WorkflowResult.Invalid("From", $"Esiste già un redirect da {fromPath}.");
        }

        if (await LeadsBackAsync(toPath, fromPath, cancellationToken))
        {
            return WorkflowResult.Invalid("To", "Questo redirect creerebbe un ciclo: seguendo i redirect esistenti dalla destinazione si torna all'indirizzo di partenza.");
        }

        db.Redirects.Add(new Redirect { FromPath = fromPath, ToPath = toPath, CreatedUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = actor.UserName });
        audit.Record(actor, AuditAction.RedirectAdd, null, $"{fromPath} → {toPath}");
        await db.SaveChangesAsync(cancellationToken);
        return new WorkflowResult(WorkflowOutcome.Done, Message: $"Redirect da {fromPath} a {toPath} aggiunto.");
    }

    public async Task<WorkflowResult> RemoveAsync(ContentActor actor, int id, CancellationToken cancellationToken)
    {
        if (!ContentPermissions.CanManageRedirects(actor))
        {
            return WorkflowResult.Forbidden();
        }

        var redirect = await db.Redirects.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (redirect is null)
        {
            return WorkflowResult.NotFound();
        }

        db.Redirects.Remove(redirect);
        audit.Record(actor, AuditAction.RedirectRemove, null, $"{redirect.FromPath} → {redirect.ToPath}");
        await db.SaveChangesAsync(cancellationToken);
        return new WorkflowResult(WorkflowOutcome.Done, Message: "Redirect rimosso.");
    }

    private async Task<bool> LeadsBackAsync(string start, string origin, CancellationToken cancellationToken)
    {
        var current = start;
        for (var hop = 0; hop < MaxHops; hop++)
        {
            if (current == origin)
            {
                return true;
            }

            var next = await db.Redirects.AsNoTracking().Where(r => r.FromPath == current).Select(r => r.ToPath).FirstOrDefaultAsync(cancellationToken);
            if (next is null)
            {
                return false;
            }

            current = next;
        }

        return true;
    }

    /// <summary>A site path in canonical form (lower case, no query, no trailing slash), or null when it is not one.</summary>
    public static string? Normalise(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        path = path.Trim();
        var query = path.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            path = path[..query];
        }

        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.Length > 500 || path.Any(char.IsWhiteSpace) || path.Contains('\\'))
        {
            return null;
        }

        path = path.ToLowerInvariant();
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    private static string? NormaliseTarget(string? target)
    {
        if (target is not null && Uri.TryCreate(target.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme == Uri.UriSchemeHttps && target.Length <= 1000)
        {
            return absolute.ToString();
        }

        return Normalise(target);
    }
}
