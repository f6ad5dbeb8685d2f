using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Media;

/// <summary>The media library's folders, search, item details and deletion (refused while content uses the item).</summary>
public sealed class MediaLibrary(SinergieDbContext db, IFileStorage storage, ImageVariants variants, AuditLog audit, TimeProvider clock)
{
    public const int MaxFolderName = 120;

    public sealed record Usage(Guid ContentItemId, string Title, string ContentType, bool InBin)
    {
        public string TypeLabel => ContentTypes.Find(ContentType)?.SingularLabel ?? ContentType;

        public string EditorUrl => ContentTypes.Find(ContentType) is { } type ? $"/backoffice/{type.BackofficeSegment}/{ContentItemId}" : "/backoffice";
    }

    public sealed record Page(IReadOnlyList<MediaItem> Items, int Total);

    public async Task<IReadOnlyList<MediaFolder>> FoldersAsync(CancellationToken cancellationToken) =>
        await db.MediaFolders.AsNoTracking().OrderBy(f => f.Name).ToListAsync(cancellationToken);

    /// <summary>Items of one folder (null: the top level), or with <paramref name="text"/> items of every folder whose title, alt text or file name contains it.</summary>
    public async Task<Page> SearchAsync(string? text, Guid? folderId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.MediaItems.AsNoTracking().Include(m => m.File).AsQueryable();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var lower = text.Trim().ToLowerInvariant();
            query = query.Where(m => m.Title.ToLower().Contains(lower)
                || (m.AltText != null && m.AltText.ToLower().Contains(lower))
                || m.File.FileName.ToLower().Contains(lower));
        }
        else
        {
            query = query.Where(m => m.FolderId == folderId);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(m => m.CreatedUtc).ThenBy(m => m.Title)
            .Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Page(items, total);
    }

    public async Task<string?> CreateFolderAsync(string? name, Guid? parentId, CancellationToken cancellationToken)
    {
        var clean = name?.Trim() ?? "";
        if (await FolderNameProblemAsync(clean, parentId, null, cancellationToken) is { } problem)
        {
            return problem;
        }

        db.MediaFolders.Add(new MediaFolder { Name = clean, ParentId = parentId, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> RenameFolderAsync(Guid id, string? name, CancellationToken cancellationToken)
    {
        var folder = await db.MediaFolders.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (folder is null)
        {
            return "La cartella non esiste più.";
        }

        var clean = name?.Trim() ?? "";
        if (await FolderNameProblemAsync(clean, folder.ParentId, id, cancellationToken) is { } problem)
        {
            return problem;
        }

        folder.Name = clean;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> DeleteFolderAsync(Guid id, CancellationToken cancellationToken)
    {
        var folder = await db.MediaFolders.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (folder is null)
        {
            return "La cartella non esiste più.";
        }

        if (await db.MediaFolders.AnyAsync(f => f.ParentId == id, cancellationToken) || await db.MediaItems.AnyAsync(m => m.FolderId == id, cancellationToken))
        {
            return $"La cartella «{folder.Name}» non è vuota: sposta o elimina prima i file e le sottocartelle che contiene.";
        }

        db.MediaFolders.Remove(folder);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<IReadOnlyList<Usage>> UsagesAsync(Guid mediaItemId, CancellationToken cancellationToken) =>
        await (from usage in db.MediaUsages.AsNoTracking()
               join item in db.ContentItems.AsNoTracking() on usage.ContentItemId equals item.Id
               where usage.MediaItemId == mediaItemId
               orderby item.Title
               select new Usage(item.Id, item.Title, item.ContentType, item.DeletedUtc != null))
            .ToListAsync(cancellationToken);

    /// <summary>Deletes an unused item with its bytes and variants, audited; a used one is kept and its users returned.</summary>
    public async Task<(bool Deleted, IReadOnlyList<Usage> UsedBy)> DeleteAsync(Guid id, ContentActor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = await db.MediaItems.Include(m => m.File).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (item is null)
        {
            return (false, []);
        }

        var usedBy = await UsagesAsync(id, cancellationToken);
        if (usedBy.Count > 0)
        {
            return (false, usedBy);
        }

        var file = item.File;
        db.MediaItems.Remove(item);
        db.StoredFiles.Remove(file);
        audit.Record(actor.UserId, actor.UserName, AuditAction.MediaDelete, "media", id, item.Title, file.FileName);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The rows are gone: the bytes follow (a failure here leaves bytes nobody can reach, never a broken link).
        await storage.DeleteAsync(file.StorageKey, CancellationToken.None);
        variants.DeleteAll(file);
        return (true, []);
    }

    private async Task<string?> FolderNameProblemAsync(string name, Guid? parentId, Guid? self, CancellationToken cancellationToken)
    {
        if (name.Length == 0)
        {
            return "Scrivi il nome della cartella.";
        }

        if (name.Length > MaxFolderName || name.Any(char.IsControl) || name.Contains('/') || name.Contains('\\'))
        {
            return $"Il nome della cartella può avere al massimo {MaxFolderName} caratteri, senza «/» né «\\».";
        }

        if (parentId is { } parent && !await db.MediaFolders.AnyAsync(f => f.Id == parent, cancellationToken))
        {
            return "La cartella in cui crearla non esiste più.";
        }

        var siblings = await db.MediaFolders.AsNoTracking().Where(f => f.ParentId == parentId && f.Id != self).Select(f => f.Name).ToListAsync(cancellationToken);
        return siblings.Any(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase))
            ? $"Esiste già una cartella «{name}» in questa posizione."
            : null;
    }
}
