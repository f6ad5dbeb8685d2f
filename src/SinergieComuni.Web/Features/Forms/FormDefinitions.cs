using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>Reads form definitions: the published one by slug, and any version by number (versions never change, so they are cached).</summary>
public sealed class FormDefinitions(SinergieDbContext db, IMemoryCache cache)
{
    public sealed record Published(ContentItem Item, int Version, FormDocument Form);

    public async Task<Published?> FindPublishedAsync(string slug, CancellationToken cancellationToken)
    {
        var item = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(
            i => i.ContentType == ContentTypes.Form && i.PublishedSlug == slug && i.PublishedVersion != null && i.DeletedUtc == null,
            cancellationToken);
        if (item is null)
        {
            return null;
        }

        var form = await VersionAsync(item.Id, item.PublishedVersion!.Value, cancellationToken);
        return form is null ? null : new Published(item, item.PublishedVersion.Value, form);
    }

    public async Task<FormDocument?> VersionAsync(Guid formId, int version, CancellationToken cancellationToken)
    {
        var key = (typeof(FormDefinitions), formId, version);
        if (cache.TryGetValue(key, out FormDocument? cached))
        {
            return cached;
        }

        var json = await db.ContentVersions.AsNoTracking()
            .Where(v => v.ItemId == formId && v.Number == version)
            .Select(v => v.DataJson)
            .FirstOrDefaultAsync(cancellationToken);
        if (json is null)
        {
            return null;
        }

        var form = ContentJson.Deserialize<FormDocument>(json);
        cache.Set(key, form, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return form;
    }

    /// <summary>The versions entries of a form were answered with, newest first: the columns of an export.</summary>
    public async Task<List<(int Version, FormDocument Form)>> AnsweredVersionsAsync(Guid formId, CancellationToken cancellationToken)
    {
        var numbers = await db.FormEntries.AsNoTracking().Where(e => e.FormId == formId)
            .Select(e => e.FormVersion).Distinct().OrderByDescending(v => v).ToListAsync(cancellationToken);
        var result = new List<(int, FormDocument)>();
        foreach (var number in numbers)
        {
            if (await VersionAsync(formId, number, cancellationToken) is { } form)
            {
                result.Add((number, form));
            }
        }

        return result;
    }
}
