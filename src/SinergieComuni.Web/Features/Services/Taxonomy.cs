using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Services;

/// <summary>The catalogue's vocabularies, read once per request: labels for keys and the lists editors choose from.</summary>
public sealed class Taxonomy(SinergieDbContext db)
{
    private ILookup<string, TaxonomyTerm>? _terms;

    public async Task<IReadOnlyList<TaxonomyTerm>> TermsAsync(string vocabulary, CancellationToken cancellationToken) =>
        [.. (await LoadAsync(cancellationToken))[vocabulary]];

    public async Task<string> LabelAsync(string vocabulary, string key, CancellationToken cancellationToken) =>
        (await LoadAsync(cancellationToken))[vocabulary].FirstOrDefault(t => t.Key == key)?.Label ?? key;

    public async Task<bool> ExistsAsync(string vocabulary, string key, CancellationToken cancellationToken) =>
        (await LoadAsync(cancellationToken))[vocabulary].Any(t => t.Key == key);

    private async Task<ILookup<string, TaxonomyTerm>> LoadAsync(CancellationToken cancellationToken) =>
        _terms ??= (await db.TaxonomyTerms.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken)).ToLookup(t => t.Vocabulary);
}
