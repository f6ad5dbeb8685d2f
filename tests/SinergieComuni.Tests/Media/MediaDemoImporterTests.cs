using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Tests.Media;

/// <summary>The demo illustrations of sync/media enter the library with their fixed ids, through the upload checks, once.</summary>
public abstract class MediaDemoImporterTests(SinergieAppFactory factory)
{
    [Fact]
    public async Task The_demo_images_are_imported_with_fixed_ids_alt_text_and_sizes_and_only_once()
    {
        using var importing = factory.WithWebHostBuilder(b => b.UseSetting("App:ImportDemoContent", "true"));
        _ = importing.Server;
        var ids = Enumerable.Range(1, 8).Select(i => Guid.Parse($"5c0e0000-0000-4000-8000-00000000000{i}")).ToList();

        var items = await factory.DbAsync(db => db.MediaItems.Include(m => m.File).Where(m => ids.Contains(m.Id)).ToListAsync());

        Assert.Equal(8, items.Count);
        var folder = await factory.DbAsync(db => db.MediaFolders.SingleAsync(f => f.Name == "Illustrazioni" && f.ParentId == null));
        Assert.All(items, item =>
        {
            Assert.Equal("image/jpeg", item.File.ContentType);
            Assert.Equal((1600, 1000), (item.Width, item.Height));
            Assert.False(string.IsNullOrWhiteSpace(item.AltText));
            Assert.Equal("Illustrazione SinergieComuni", item.Credits);
            Assert.Equal(folder.Id, item.FolderId);
            Assert.InRange(item.File.Size, 1, 250 * 1024);
        });
        Assert.Equal("famiglia-al-parco.jpg", items.Single(i => i.Id == ids[0]).File.FileName);

        await using (var scope = importing.Services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetServices<IDataSeeder>().OfType<MediaDemoImporter>().Single();
            await seeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);
        }

        Assert.Equal(8, await factory.DbAsync(db => db.MediaItems.CountAsync(m => ids.Contains(m.Id))));
        Assert.Equal(1, await factory.DbAsync(db => db.MediaFolders.CountAsync(f => f.Name == "Illustrazioni")));
    }
}

public sealed class MediaDemoImporterTestsOnSqlite(SqliteAppFactory factory) : MediaDemoImporterTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class MediaDemoImporterTestsOnPostgres(PostgresAppFactory factory) : MediaDemoImporterTests(factory), IClassFixture<PostgresAppFactory>;
