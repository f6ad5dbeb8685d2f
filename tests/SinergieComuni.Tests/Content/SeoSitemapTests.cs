using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Content;

/// <summary>sitemap.xml lists published items only, for every type. Runs once per database provider.</summary>
public abstract class SeoSitemapTests(SinergieAppFactory factory)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>A valid new document of each type; a type added to ContentTypes.All gets its sample here.</summary>
    private static readonly Dictionary<string, Func<Guid, IContentDocument>> Samples = new()
    {
        [ContentTypes.News] = _ => Editorial.EditorialFixtures.News(Unique("Notizia di prova")),
        [ContentTypes.Event] = _ => Editorial.EditorialFixtures.Event(new DateTime(2031, 5, 10, 8, 0, 0, DateTimeKind.Utc), title: Unique("Evento di prova")),
        [ContentTypes.Document] = fileId => Documents.DocumentFixtures.Document(fileId, Unique("Documento di prova")),
        [ContentTypes.Page] = _ => Page(),
        [ContentTypes.Service] = _ => ServiceCard(null),
        [ContentTypes.Organisation] = _ => Organisation(),
        [ContentTypes.Form] = _ => new FormDocument
        {
            Title = Unique("Modulo di prova"),
            Pages = [new() { Key = "p", Groups = [new() { Key = "g", Fields = [Forms.FormFixtures.Consent()] }] }],
        },
    };

    [Fact]
    public async Task Drafts_unpublished_scheduled_and_binned_items_of_every_type_never_appear_and_the_xml_is_valid()
    {
        var expectedIn = new List<string>();
        var expectedOut = new List<string>();
        Assert.All(ContentTypes.All, t => Assert.True(Samples.ContainsKey(t.Key), $"Manca un esempio per il tipo {t.Key}."));
        foreach (var type in ContentTypes.All)
        {
            var fileId = await Documents.DocumentFixtures.StoreFileAsync(factory, Documents.DocumentFixtures.Pdf(type.Key + Guid.NewGuid()));
            var published = await factory.CreateAsync(type.Key, Samples[type.Key](fileId), publish: true);
            expectedIn.Add(await AddressAsync(type, published));

            var draft = await factory.CreateAsync(type.Key, Samples[type.Key](fileId));
            expectedOut.Add(await AddressAsync(type, draft));

            var unpublished = await factory.CreateAsync(type.Key, Samples[type.Key](fileId), publish: true);
            expectedOut.Add(await AddressAsync(type, unpublished));
            Assert.True((await factory.WorkflowAsync(w => w.UnpublishAsync(Administrator, unpublished, null, None))).Succeeded);

            var scheduled = await factory.CreateAsync(type.Key, Samples[type.Key](fileId));
            expectedOut.Add(await AddressAsync(type, scheduled));
            var at = factory.Clock.GetUtcNow().UtcDateTime.AddDays(1);
            Assert.True((await factory.WorkflowAsync(w => w.ScheduleAsync(Administrator, scheduled, at, null, null, None))).Succeeded);

            var binned = await factory.CreateAsync(type.Key, Samples[type.Key](fileId), publish: true);
            expectedOut.Add(await AddressAsync(type, binned));
            var deleted = await factory.WorkflowAsync(w => w.DeleteAsync(Administrator, binned, null, None));
            Assert.True(deleted.Succeeded, Describe(deleted));
        }

        using var client = factory.CreateClient();
        var response = await client.GetAsync("/sitemap.xml");

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Sitemap + "urlset", xml.Root!.Name);
        var locations = xml.Root.Elements(Sitemap + "url").Select(u => (string)u.Element(Sitemap + "loc")!).ToList();
        Assert.All(locations, l => Assert.StartsWith("https://sinergie.test/", l, StringComparison.Ordinal));
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.All(expectedIn, a => Assert.Contains(a, locations));
        Assert.All(expectedOut, a => Assert.DoesNotContain(a, locations));
        Assert.All(xml.Root.Elements(Sitemap + "url").Select(u => (string?)u.Element(Sitemap + "lastmod")),
            d => Assert.Matches("^\\d{4}-\\d{2}-\\d{2}$", d ?? ""));
    }

    /// <summary>The address the item has or would have: its published slug, or the slug of its latest version.</summary>
    private async Task<string> AddressAsync(ContentTypeDefinition type, Guid id)
    {
        var slug = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.PublishedSlug ?? i.Slug).SingleAsync());
        return "https://sinergie.test" + type.PublicPath(slug);
    }
}

public sealed class SeoSitemapTestsOnSqlite(SqliteAppFactory factory) : SeoSitemapTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class SeoSitemapTestsOnPostgres(PostgresAppFactory factory) : SeoSitemapTests(factory), IClassFixture<PostgresAppFactory>;
