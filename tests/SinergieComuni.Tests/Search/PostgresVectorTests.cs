using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Tests.Search;

/// <summary>
/// PostgreSQL only: the application writes each entry's tsvector itself (binary COPY). It must be exactly the vector
/// PostgreSQL makes from the term columns, positions and weights included, or ranking and matching would drift.
/// </summary>
public sealed class PostgresVectorTests(PostgresAppFactory factory) : IClassFixture<PostgresAppFactory>
{
    private const string Differing = """
        SELECT count(*)::int AS "Value" FROM "SearchEntries"
        WHERE "Vector" IS DISTINCT FROM (
            setweight(to_tsvector('simple', "TitleTerms"), 'A') || setweight(to_tsvector('simple', "TagTerms"), 'B') ||
            setweight(to_tsvector('simple', "SummaryTerms"), 'C') || setweight(to_tsvector('simple', "BodyTerms"), 'D'))
        """;

    [Fact]
    public async Task Vectors_written_by_the_application_are_the_ones_PostgreSQL_makes_from_the_terms()
    {
        // Repeated words (over the 255 positions PostgreSQL keeps per column, and the 256 it keeps when joining
        // columns), the same word in several columns,
        // accents, elisions, numbers, and a draft next to a published card.
        var many = string.Join(' ', Enumerable.Repeat("nido", 300));
        var first = ContentFixtures.ServiceCard(null, "Asilo nido «L'Aquilone» 2026/2027");
        first.ShortDescription = "Nido d'infanzia per bambini da 3 a 36 mesi: perché il nido è crescita.";
        first.Description = $"<p>{many}</p><p>Città di Melegnano, via Roma 12. Più informazioni allo sportello.</p>";
        await factory.CreateAsync(ContentTypes.Service, first, publish: true);
        var draft = ContentFixtures.ServiceCard(null, "Doposcuola in bozza");
        draft.Description = $"<p>{string.Join(' ', Enumerable.Repeat("ludoteca", 600))}</p>";
        await factory.CreateAsync(ContentTypes.Service, draft);

        var entries = await factory.DbAsync(db => db.SearchEntries.CountAsync());
        Assert.Equal(1, await factory.DbAsync(db => db.SearchEntries.CountAsync(e => e.Title == "Doposcuola in bozza")));
        var differing = await factory.DbAsync(db => db.Database.SqlQueryRaw<int>(Differing).SingleAsync());

        Assert.True(entries > 10, $"Only {entries} entries: the demo content should be indexed too.");
        Assert.Equal(0, differing);
    }
}
