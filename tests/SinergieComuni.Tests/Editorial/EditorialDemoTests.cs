using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Editorial;

namespace SinergieComuni.Tests.Editorial;

/// <summary>A new database gets the demo news and events from sync/, events dated from the import day so they are upcoming.</summary>
public abstract class EditorialDemoTests(SinergieAppFactory factory)
{
    [Fact]
    public async Task The_first_start_imports_at_least_eight_news_and_six_upcoming_events_plus_past_ones()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var news = await scope.ServiceProvider.GetRequiredService<PublishedNews>().AllAsync(CancellationToken.None);
        var events = scope.ServiceProvider.GetRequiredService<PublishedEvents>();
        string[] demoSlugs = ["laboratorio-genitori-lavoro", "formazione-hr-welfare-aziendale", "open-day-coworking", "festa-servizi-territorio", "incontro-caregiver", "coordinamento-aperto-rete"];
        var demoEvents = (await events.UpcomingAsync(CancellationToken.None)).Where(e => demoSlugs.Contains(e.Item.PublishedSlug)).ToList();

        Assert.True(news.Count(n => n.Document.ImageId is not null) >= 8, $"{news.Count} news imported.");
        Assert.True(demoEvents.Count == 6, $"{demoEvents.Count} upcoming events.");
        Assert.True((await events.PastAsync(CancellationToken.None)).Count >= 2);
        Assert.Contains(news, n => n.Item.PublishedSlug == "sportello-caregiver");
        var registration = Assert.Single(await events.UpcomingAsync(CancellationToken.None), e => e.Item.PublishedSlug == "laboratorio-genitori-lavoro");
        Assert.Equal("iscrizione-evento", registration.Document.RegistrationFormSlug);
        Assert.True(await scope.ServiceProvider.GetRequiredService<SinergieComuni.Web.Data.SinergieDbContext>().ContentItems
            .AnyAsync(i => i.ContentType == ContentTypes.Form && i.PublishedSlug == "iscrizione-evento"));
    }
}

public sealed class EditorialDemoTestsOnSqlite(SqliteAppFactory factory) : EditorialDemoTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class EditorialDemoTestsOnPostgres(PostgresAppFactory factory) : EditorialDemoTests(factory), IClassFixture<PostgresAppFactory>;
