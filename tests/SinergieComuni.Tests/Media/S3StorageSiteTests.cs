using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Tests.Media;

/// <summary>The site configured with Storage:Provider=S3: uploaded files live in the bucket and are served from it, originals and variants.</summary>
public abstract class S3StorageSiteTests(SinergieAppFactory factory, S3rverFixture server) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sinergie-s3-site-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private WebApplicationFactory<Program> WithS3() => factory.WithWebHostBuilder(builder =>
    {
        foreach (var (key, value) in server.Settings)
        {
            builder.UseSetting(key, value);
        }
    });

    [Fact]
    public async Task An_uploaded_image_is_kept_in_the_bucket_and_served_from_it_as_original_and_resized_variant()
    {
        using var site = WithS3();
        var bytes = File.ReadAllBytes(TestImages.HalfBlackHalfWhite(folder));
        var file = new StoredFile
        {
            FileName = "foto.jpg",
            ContentType = "image/jpeg",
            Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
            CreatedUtc = DateTime.UtcNow,
            CreatedBy = "test",
        };
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var storage = scope.ServiceProvider.GetRequiredService<IFileStorage>();
            Assert.IsType<S3FileStorage>(storage);
            await storage.SaveAsync(file.StorageKey, new MemoryStream(bytes), CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
            db.StoredFiles.Add(file);
            await db.SaveChangesAsync();
        }

        // Nothing on the instance's own disk: what is served can only come from the bucket.
        Assert.False(File.Exists(Path.Combine(factory.DataPath, "files", file.StorageKey)));
        var client = site.CreateClient();
        var url = MediaFeature.Url(file.Id, file.FileName);

        var original = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal("image/jpeg", original.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await original.Content.ReadAsByteArrayAsync());

        var variant = await client.GetAsync(url + "?width=800&format=webp");
        Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
        Assert.Equal("image/webp", variant.Content.Headers.ContentType?.MediaType);
        var resized = Path.Combine(folder, "variant.webp");
        File.WriteAllBytes(resized, await variant.Content.ReadAsByteArrayAsync());
        Assert.Equal("800x533", TestImages.Size(resized));
    }

    [Fact]
    public async Task A_file_missing_from_the_bucket_is_a_404_not_a_500()
    {
        using var site = WithS3();
        var file = new StoredFile { FileName = "perso.pdf", ContentType = "application/pdf", Sha256 = "00", CreatedUtc = DateTime.UtcNow, CreatedBy = "test" };
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
            db.StoredFiles.Add(file);
            await db.SaveChangesAsync();
        }

        var response = await site.CreateClient().GetAsync(MediaFeature.Url(file.Id, file.FileName));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void An_S3_provider_without_its_bucket_and_keys_stops_the_start_with_Italian_messages()
    {
        using var site = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:Provider", "S3");
            builder.UseSetting("Storage:S3:ServiceUrl", server.ServiceUrl);
        });

        var exception = Record.Exception(() => site.Server);

        Assert.NotNull(exception);
        var messages = string.Join(" | ", Chain(exception).Select(e => e.Message));
        Assert.Contains("Storage:S3:Bucket è obbligatorio quando Storage:Provider è «S3».", messages);
        Assert.Contains("Storage:S3:AccessKey è obbligatorio", messages);
        Assert.Contains("Storage:S3:SecretKey è obbligatorio", messages);
        Assert.DoesNotContain("Storage:S3:ServiceUrl è obbligatorio", messages);
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}

public sealed class S3StorageSiteTestsOnSqlite(SqliteAppFactory factory, S3rverFixture server)
    : S3StorageSiteTests(factory, server), IClassFixture<SqliteAppFactory>, IClassFixture<S3rverFixture>;

public sealed class S3StorageSiteTestsOnPostgres(PostgresAppFactory factory, S3rverFixture server)
    : S3StorageSiteTests(factory, server), IClassFixture<PostgresAppFactory>, IClassFixture<S3rverFixture>;
