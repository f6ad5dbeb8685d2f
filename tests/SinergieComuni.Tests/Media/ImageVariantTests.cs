using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Tests.Media;

/// <summary>/file/{id}/{name} with resize parameters: variants made by libvips, cached with an ETag, sizes limited or signed.</summary>
public abstract class ImageVariantTests(SinergieAppFactory factory) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sinergie-variants-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<StoredFile> StoreAsync(byte[] bytes, string contentType, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var file = new StoredFile
        {
            FileName = name,
            ContentType = contentType,
            Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
            CreatedUtc = DateTime.UtcNow,
            CreatedBy = "test",
        };
        await scope.ServiceProvider.GetRequiredService<IFileStorage>().SaveAsync(file.StorageKey, new MemoryStream(bytes), CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync();
        return file;
    }

    private string SizeOf(byte[] bytes, string extension)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + extension);
        File.WriteAllBytes(path, bytes);
        return TestImages.Size(path);
    }

    [Fact]
    public async Task A_listed_size_is_resized_cached_with_an_etag_and_answered_304_when_unchanged()
    {
        var image = await StoreAsync(File.ReadAllBytes(TestImages.HalfBlackHalfWhite(folder)), "image/jpeg", "foto.jpg");
        var client = factory.CreateClient();
        var url = MediaFeature.Url(image.Id, image.FileName);

        var first = await client.GetAsync(url + "?width=800&format=webp");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/webp", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("800x533", SizeOf(await first.Content.ReadAsByteArrayAsync(), ".webp"));
        Assert.True(first.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365));
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Single(Directory.EnumerateFiles(Path.Combine(factory.DataPath, "cache", "images"), "*", SearchOption.AllDirectories),
            f => Path.GetFileName(f) == etag.Tag.Trim('"'));

        var again = new HttpRequestMessage(HttpMethod.Get, url + "?width=800&format=webp");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        var crop = await client.GetAsync(url + "?width=320&height=320&mode=crop&format=jpeg&quality=60");
        Assert.Equal("image/jpeg", crop.Content.Headers.ContentType?.MediaType);
        Assert.Equal("320x320", SizeOf(await crop.Content.ReadAsByteArrayAsync(), ".jpg"));
        Assert.NotEqual(etag, crop.Headers.ETag);

        var original = await client.GetAsync(url);
        Assert.Equal("image/jpeg", original.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1200x800", SizeOf(await original.Content.ReadAsByteArrayAsync(), ".jpg"));
    }

    [Theory]
    [InlineData("width=801", "width")]
    [InlineData("width=abc", "width")]
    [InlineData("width=99999", "width")]
    [InlineData("mode=stretch&width=800", "mode")]
    [InlineData("format=gif&width=800", "format")]
    [InlineData("quality=0&width=800", "quality")]
    [InlineData("height=", "width")]
    [InlineData("width=801&s=0123456789abcdef0123456789abcdef", "s")]
    public async Task Sizes_outside_the_list_and_bad_parameters_get_an_Italian_problem(string query, string parameter)
    {
        var image = await StoreAsync(File.ReadAllBytes(TestImages.HalfBlackHalfWhite(folder)), "image/jpeg", "foto.jpg");

        var response = await factory.CreateClient().GetAsync(MediaFeature.Url(image.Id, image.FileName) + "?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Parametri dell'immagine non validi.", json.RootElement.GetProperty("title").GetString());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), query);
    }

    [Fact]
    public async Task A_signed_url_may_ask_for_any_size_and_documents_are_never_resized()
    {
        var image = await StoreAsync(File.ReadAllBytes(TestImages.HalfBlackHalfWhite(folder)), "image/jpeg", "foto.jpg");
        using var signing = factory.WithWebHostBuilder(b => b.UseSetting("Images:SigningKey", "chiave-di-prova"));
        var options = new ImageOptions { SigningKey = "chiave-di-prova" };
        var signature = ImageVariantRequest.Sign(new ImageRequest(333, null, ImageFit.Max, ImageFormat.Png), options);

        var signed = await signing.CreateClient().GetAsync(MediaFeature.Url(image.Id, image.FileName) + $"?width=333&format=png&s={signature}");
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal("333x222", SizeOf(await signed.Content.ReadAsByteArrayAsync(), ".png"));

        var tampered = await signing.CreateClient().GetAsync(MediaFeature.Url(image.Id, image.FileName) + $"?width=334&format=png&s={signature}");
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);

        var pdf = await StoreAsync("%PDF-1.4 prova"u8.ToArray(), "application/pdf", "documento.pdf");
        var resizedPdf = await factory.CreateClient().GetAsync(MediaFeature.Url(pdf.Id, pdf.FileName) + "?width=800");
        Assert.Equal(HttpStatusCode.BadRequest, resizedPdf.StatusCode);
        Assert.Contains("Solo le immagini possono essere ridimensionate.", await resizedPdf.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_libvips_the_original_is_served()
    {
        var image = await StoreAsync(File.ReadAllBytes(TestImages.HalfBlackHalfWhite(folder)), "image/jpeg", "foto.jpg");
        using var withoutVips = factory.WithWebHostBuilder(b => b.UseSetting("Images:VipsPath", "/nonexistent/vips"));

        var response = await withoutVips.CreateClient().GetAsync(MediaFeature.Url(image.Id, image.FileName) + "?width=320&format=webp");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1200x800", SizeOf(await response.Content.ReadAsByteArrayAsync(), ".jpg"));
    }

    [Fact]
    public async Task A_file_that_claims_to_be_an_image_but_is_not_gets_a_clear_problem_not_a_500()
    {
        var broken = await StoreAsync("<script>alert(1)</script>"u8.ToArray(), "image/jpeg", "finta.jpg");

        var response = await factory.CreateClient().GetAsync(MediaFeature.Url(broken.Id, broken.FileName) + "?width=800");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Il file non è un'immagine leggibile.", await response.Content.ReadAsStringAsync());
    }
}

public sealed class ImageVariantTestsOnSqlite(SqliteAppFactory factory) : ImageVariantTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class ImageVariantTestsOnPostgres(PostgresAppFactory factory) : ImageVariantTests(factory), IClassFixture<PostgresAppFactory>;
