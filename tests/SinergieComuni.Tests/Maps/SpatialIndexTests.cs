using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Tests.Maps;

/// <summary>The spatial indexes behind bbox and radius searches: SQLite's R*Tree kept by triggers, PostgreSQL's GiST.</summary>
public sealed class SqliteSpatialIndexTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task The_rtree_holds_exactly_the_venues_through_publish_edit_unpublish_and_delete()
    {
        var card = ContentFixtures.ServiceCard(null);
        var id = await factory.CreateAsync(ContentTypes.Service, card, publish: true);
        await AssertInStepAsync();

        card.Venues[0].Latitude = 45.4;
        var revision = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Revision).FirstAsync());
        Assert.True((await factory.WorkflowAsync(w => w.SaveAsync(ContentFixtures.Editor, id, card, revision, CancellationToken.None))).Succeeded);
        Assert.True((await factory.WorkflowAsync(w => w.PublishAsync(ContentFixtures.Editor, id, null, CancellationToken.None))).Succeeded);
        await AssertInStepAsync();

        Assert.True((await factory.WorkflowAsync(w => w.UnpublishAsync(ContentFixtures.Editor, id, null, CancellationToken.None))).Succeeded);
        Assert.True((await factory.WorkflowAsync(w => w.DeleteAsync(ContentFixtures.Editor, id, null, CancellationToken.None))).Succeeded);
        await AssertInStepAsync();
    }

    private async Task AssertInStepAsync()
    {
        const string Query = """
            SELECT (SELECT count(*) FROM "SearchLocations") AS "Locations",
                   (SELECT count(*) FROM "SearchLocationsRtree") AS "Indexed",
                   (SELECT count(*) FROM "SearchLocations" l JOIN "SearchLocationsRtree" r ON r."Id" = l."EntryId" * 1024 + l."Venue"
                     WHERE abs(r."MinLatitude" - l."Latitude") < 0.0001 AND abs(r."MinLongitude" - l."Longitude") < 0.0001) AS "Matching"
            """;
        var counts = await factory.DbAsync(db => db.Database.SqlQueryRaw<Counts>(Query).SingleAsync());
        Assert.True(counts.Locations > 0);
        Assert.Equal(counts.Locations, counts.Indexed);
        Assert.Equal(counts.Locations, counts.Matching);
    }

    private sealed record Counts(long Locations, long Indexed, long Matching);
}

public sealed class PostgresSpatialIndexTests(PostgresAppFactory factory) : IClassFixture<PostgresAppFactory>
{
    [Fact]
    public async Task The_box_query_can_be_served_by_the_gist_index()
    {
        var plan = await factory.DbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off");
            var lines = await db.Database.SqlQueryRaw<string>(
                """EXPLAIN SELECT "EntryId" AS "Value" FROM "SearchLocations" WHERE point("Longitude", "Latitude") <@ box(point(9.3, 45.35), point(9.35, 45.37))""").ToListAsync();
            return string.Join('\n', lines);
        });

        Assert.Contains("IX_SearchLocations_Point", plan, StringComparison.Ordinal);
    }
}
