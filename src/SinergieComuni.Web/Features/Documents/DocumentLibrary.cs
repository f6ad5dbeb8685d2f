using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Media;
using SinergieComuni.Web.Features.Search;

namespace SinergieComuni.Web.Features.Documents;

/// <summary>
/// Reads the published library: the filtered list, one document with its earlier files, and the file to download.
/// A library holds hundreds of documents, not millions: the list filters the published documents in memory, the same
/// way on both databases, accent- and case-insensitively.
/// </summary>
public sealed partial class DocumentLibrary(PublishedContent published, SinergieDbContext db)
{
    private const int MaxDocuments = 5000;

    public async Task<DocumentListPage> ListAsync(DocumentFilter filter, CancellationToken cancellationToken)
    {
        var items = await published.Items(ContentTypes.Document).OrderByDescending(i => i.PublishedUtc).Take(MaxDocuments).ToListAsync(cancellationToken);
        var entries = await published.LoadAsync<LibraryDocument>(items, cancellationToken);
        var organisations = await OrganisationsAsync(entries.Select(e => e.Document.OrganisationId), cancellationToken);

        var words = filter.Query is null ? [] : ItalianAnalyzer.Fold(filter.Query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var matching = entries.Where(e =>
                (filter.Type is null || e.Document.DocumentType == filter.Type)
                && (filter.Topic is null || e.Document.Topic == filter.Topic)
                && (filter.Organisation is null || (e.Document.OrganisationId is { } o && organisations.TryGetValue(o, out var org) && org.Slug == filter.Organisation))
                && (filter.Year is null || e.Document.DocumentDate?.Year == filter.Year)
                && (words.Length == 0 || Matches(e.Document, words)))
            .OrderByDescending(e => e.Document.DocumentDate)
            .ThenBy(e => e.Document.Title, StringComparer.Create(CultureInfo.GetCultureInfo("it-IT"), true))
            .ToList();

        var pageCount = Math.Max(1, (matching.Count + DocumentListPage.Size - 1) / DocumentListPage.Size);
        var number = int.TryParse(filter.Page, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? Math.Clamp(parsed, 1, pageCount)
            : filter.Page is { Length: > 0 } && filter.Page.All(char.IsAsciiDigit) ? pageCount
            : 1;
        var shown = matching.Skip((number - 1) * DocumentListPage.Size).Take(DocumentListPage.Size).ToList();
        var files = await FilesAsync(shown.Select(e => e.Document.FileId), cancellationToken);
        var summaries = shown.Select(e =>
        {
            var d = e.Document;
            var file = Guid.TryParse(d.FileId, out var f) ? files.GetValueOrDefault(f) : null;
            return new DocumentSummary(d.Slug, d.Title, d.Summary, d.ImageId, d.ImageAlt,
                LibraryVocabulary.DocumentTypeLabel(d.DocumentType) ?? "", LibraryVocabulary.TopicLabel(d.Topic) ?? "",
                d.OrganisationId is { } o && organisations.TryGetValue(o, out var org) ? org.Title : null,
                d.DocumentDate, d.VersionLabel, file is null ? null : DocumentFileFormat.Describe(file.ContentType, file.Size), d.IsTemplate);
        }).ToList();

        var organisationChoices = entries.Select(e => e.Document.OrganisationId).OfType<Guid>().Distinct()
            .Where(organisations.ContainsKey).Select(o => organisations[o])
            .OrderBy(o => o.Title, StringComparer.Create(CultureInfo.GetCultureInfo("it-IT"), true))
            .Select(o => new LibraryVocabulary.Term(o.Slug, o.Title)).ToList();
        var years = entries.Select(e => e.Document.DocumentDate?.Year).OfType<int>().Distinct().OrderDescending().ToList();
        return new DocumentListPage(summaries, number, pageCount, matching.Count, organisationChoices, years);
    }

    /// <summary>The published document at <paramref name="slug"/>, or null (drafts, the bin and unknown addresses).</summary>
    public async Task<(ContentItem Item, DocumentView View)?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var entry = ContentSlug.IsValid(slug) ? await published.FindBySlugAsync<LibraryDocument>(ContentTypes.Document, slug, cancellationToken) : null;
        if (entry is null)
        {
            return null;
        }

        var view = await ViewAsync(entry.Item, entry.Document, entry.Item.PublishedUtc ?? entry.Item.UpdatedUtc, preview: false, cancellationToken);
        return (entry.Item, view);
    }

    /// <summary>A version as its public page shows it (for the preview, <paramref name="preview"/> links the draft's own file).</summary>
    public async Task<DocumentView> ViewAsync(ContentItem item, LibraryDocument document, DateTime updatedUtc, bool preview, CancellationToken cancellationToken)
    {
        var files = await FilesAsync([document.FileId], cancellationToken);
        var file = Guid.TryParse(document.FileId, out var f) ? files.GetValueOrDefault(f) : null;
        var organisations = await OrganisationsAsync([document.OrganisationId], cancellationToken);
        var organisation = document.OrganisationId is { } o ? organisations.GetValueOrDefault(o) : null;
        var previous = item.IsPublished ? await PreviousVersionsAsync(item, document, cancellationToken) : [];
        return new DocumentView(document, file, organisation?.Title, organisation?.Slug, previous, updatedUtc, preview);
    }

    /// <summary>
    /// The file to download at /documenti/{slug}/scarica (<paramref name="versionNumber"/> null: the published version)
    /// or /documenti/{slug}/versioni/{n}/scarica (only versions that were published, never a draft).
    /// </summary>
    public async Task<StoredFile?> DownloadableFileAsync(string slug, int? versionNumber, CancellationToken cancellationToken)
    {
        if (!ContentSlug.IsValid(slug))
        {
            return null;
        }

        var item = await published.Items(ContentTypes.Document).FirstOrDefaultAsync(i => i.PublishedSlug == slug, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var number = versionNumber ?? item.PublishedVersion!.Value;
        if (versionNumber is not null && !(await PublishedNumbersAsync(item.Id, cancellationToken)).Contains(number))
        {
            return null;
        }

        var json = await db.ContentVersions.AsNoTracking().Where(v => v.ItemId == item.Id && v.Number == number).Select(v => v.DataJson).FirstOrDefaultAsync(cancellationToken);
        if (json is null || !Guid.TryParse(ContentJson.Deserialize<LibraryDocument>(json).FileId, out var fileId))
        {
            return null;
        }

        return await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken);
    }

    /// <summary>Earlier published versions whose file differs from the current one, newest first, one per file.</summary>
    private async Task<IReadOnlyList<PreviousDocumentVersion>> PreviousVersionsAsync(ContentItem item, LibraryDocument current, CancellationToken cancellationToken)
    {
        var publications = await PublicationsAsync(item.Id, cancellationToken);
        var numbers = publications.Keys.Where(n => n != item.PublishedVersion).ToList();
        if (numbers.Count == 0)
        {
            return [];
        }

        var versions = await db.ContentVersions.AsNoTracking().Where(v => v.ItemId == item.Id && numbers.Contains(v.Number))
            .Select(v => new { v.Number, v.DataJson }).ToListAsync(cancellationToken);
        var documents = versions.Select(v => (v.Number, Document: ContentJson.Deserialize<LibraryDocument>(v.DataJson)))
            .Where(v => v.Document.FileId is not null && v.Document.FileId != current.FileId)
            .GroupBy(v => v.Document.FileId)
            .Select(g => g.MaxBy(v => v.Number))
            .OrderByDescending(v => v.Number)
            .ToList();
        var files = await FilesAsync(documents.Select(d => d.Document.FileId), cancellationToken);
        return [.. documents.Select(v =>
        {
            var file = Guid.TryParse(v.Document.FileId, out var f) ? files.GetValueOrDefault(f) : null;
            return new PreviousDocumentVersion(item.PublishedSlug!, v.Number, v.Document.VersionLabel, v.Document.DocumentDate, publications[v.Number],
                file is null ? null : DocumentFileFormat.Describe(file.ContentType, file.Size));
        })];
    }

    private async Task<HashSet<int>> PublishedNumbersAsync(Guid itemId, CancellationToken cancellationToken) =>
        [.. (await PublicationsAsync(itemId, cancellationToken)).Keys];

    /// <summary>The version numbers that were ever published, with when (first time), from the audit log's publish entries ("Versione 3…").</summary>
    private async Task<Dictionary<int, DateTime>> PublicationsAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.ItemId == itemId && a.Action == AuditAction.Publish)
            .Select(a => new { a.AtUtc, a.Details }).ToListAsync(cancellationToken);
        var publications = new Dictionary<int, DateTime>();
        foreach (var entry in entries.OrderBy(e => e.AtUtc))
        {
            if (PublishedVersion().Match(entry.Details ?? "") is { Success: true } match
                && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                publications.TryAdd(number, entry.AtUtc);
            }
        }

        return publications;
    }

    private async Task<Dictionary<Guid, StoredFile>> FilesAsync(IEnumerable<string?> ids, CancellationToken cancellationToken)
    {
        var guids = ids.Select(i => Guid.TryParse(i, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
        return guids.Count == 0 ? [] : await db.StoredFiles.AsNoTracking().Where(f => guids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
    }

    private sealed record OrganisationName(string Title, string Slug);

    /// <summary>Published organisations by id (an organisation that is a draft or in the bin is not named).</summary>
    private async Task<Dictionary<Guid, OrganisationName>> OrganisationsAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var rows = await published.Items(ContentTypes.Organisation).Where(i => wanted.Contains(i.Id))
            .Select(i => new { i.Id, i.PublishedTitle, i.Title, i.PublishedSlug }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => new OrganisationName(r.PublishedTitle ?? r.Title, r.PublishedSlug!));
    }

    private static bool Matches(LibraryDocument document, string[] words)
    {
        var text = ItalianAnalyzer.Fold($"{document.Title} {document.Summary}");
        return words.All(w => text.Contains(w, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^Versione (\d{1,9})\b")]
    private static partial Regex PublishedVersion();
}
