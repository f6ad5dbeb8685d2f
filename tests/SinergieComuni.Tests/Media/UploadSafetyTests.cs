using System.Net;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Tests.Media;

/// <summary>The library's upload: what is refused (with Italian reasons and nothing stored), what is accepted and how it is cleaned.</summary>
public abstract class UploadSafetyTests(SinergieAppFactory factory) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sinergie-uploads-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string, string, string> Refused() => new()
    {
        { "php", "foto.jpg", "contiene codice" },
        { "svg", "disegno.svg", "SVG non sono ammessi" },
        { "svg", "logo.png", "SVG non sono ammessi" },
        { "bomb", "enorme.png", "troppo grande (20.000 × 20.000 pixel" },
        { "zip", "relazione.docx", "archivio ZIP" },
        { "png", "../../etc/foto.png", "non può contenere percorsi" },
        { "png", "foto\0.php.png", "caratteri di controllo" },
        { "html", "pagina.gif", "contiene codice" },
    };

    private static byte[] Bytes(string kind) => kind switch
    {
        "php" => MediaTestFiles.Php,
        "svg" => MediaTestFiles.SvgWithScript,
        "bomb" => MediaTestFiles.PngBomb(),
        "zip" => MediaTestFiles.Zip(),
        "html" => "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"u8.ToArray(),
        _ => MediaTestFiles.Png,
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_dangerous_file_is_refused_through_the_json_endpoint_with_an_Italian_reason_and_nothing_is_stored(string kind, string name, string reason)
    {
        using var library = await MediaLibraryClient.SignInAsync(factory);
        var before = await library.StoredAsync();

        var (status, body) = await library.UploadJsonAsync(null, (name, Bytes(kind)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(0, body.GetProperty("uploaded").GetInt32());
        var result = body.GetProperty("results")[0];
        Assert.False(result.GetProperty("ok").GetBoolean());
        Assert.Contains(reason, result.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await library.StoredAsync());
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_dangerous_file_is_refused_by_the_plain_form_too(string kind, string name, string reason)
    {
        using var library = await MediaLibraryClient.SignInAsync(factory);
        var before = await library.StoredAsync();

        var response = await library.Http.PostAsync("/backoffice/media?handler=Upload", MediaLibraryClient.Form(library.Token, (name, Bytes(kind))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("0 file caricati, 1 rifiutati", html, StringComparison.Ordinal);
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.Equal(before, await library.StoredAsync());
    }

    [Fact]
    public async Task Several_files_in_one_plain_post_each_get_their_result_and_a_gif_is_accepted()
    {
        using var library = await MediaLibraryClient.SignInAsync(factory);

        var response = await library.Http.PostAsync("/backoffice/media?handler=Upload",
            MediaLibraryClient.Form(library.Token, ("Sorriso animato.GIF", MediaTestFiles.Gif), ("script.jpg", MediaTestFiles.Php), ("Città è bella.png", MediaTestFiles.Png)));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("2 file caricati, 1 rifiutati", html, StringComparison.Ordinal);
        Assert.Contains("«Sorriso animato.GIF» caricato come «sorriso-animato.gif»", html, StringComparison.Ordinal);
        Assert.Contains("«Città è bella.png» caricato come «citta-e-bella.png»", html, StringComparison.Ordinal);
        var gif = await factory.DbAsync(db => db.MediaItems.Include(m => m.File).SingleAsync(m => m.File.FileName == "sorriso-animato.gif" && m.CreatedUtc >= DateTime.MinValue && m.Title == "Sorriso animato"));
        Assert.Equal("image/gif", gif.File.ContentType);
        Assert.Equal((1, 1), (gif.Width, gif.Height));
    }

    [Fact]
    public async Task Gps_and_other_metadata_are_removed_from_the_stored_original_while_the_orientation_stays()
    {
        var source = Path.Combine(folder, "foto.jpg");
        TestImages.Vips("black", Path.Combine(folder, "b.v"), "300", "200", "--bands", "3");
        TestImages.Vips("copy", Path.Combine(folder, "b.v"), source);
        var withGps = MediaTestFiles.WithGps(File.ReadAllBytes(source));
        Assert.True(MediaTestFiles.Contains(withGps, "GPSLatitude"));
        using var library = await MediaLibraryClient.SignInAsync(factory);

        var id = await library.UploadAsync("IMG_2024 al parco.jpg", withGps);

        var item = await factory.DbAsync(db => db.MediaItems.Include(m => m.File).SingleAsync(m => m.Id == id));
        Assert.Equal("img-2024-al-parco.jpg", item.File.FileName);
        Assert.Equal("IMG 2024 al parco", item.Title);
        Assert.Equal((200, 300), (item.Width, item.Height));
        var served = await library.Http.GetByteArrayAsync(MediaFeature.Url(id, item.File.FileName));
        Assert.False(MediaTestFiles.Contains(served, "GPSLatitude"));
        Assert.False(MediaTestFiles.Contains(served, "Melegnano"));
        Assert.False(MediaTestFiles.Contains(served, "N\0\0\0"));
        Assert.Equal(served.Length, item.File.Size);
        var stored = Path.Combine(folder, "stored.jpg");
        File.WriteAllBytes(stored, served);
        var fields = TestImages.Run("vipsheader", "-a", stored);
        Assert.DoesNotContain("gps", fields, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("6", TestImages.Run("vipsheader", "-f", "orientation", stored).Trim());
        Assert.Equal("300x200", TestImages.Size(stored));
    }

    [Fact]
    public async Task Png_text_chunks_and_webp_metadata_chunks_are_removed()
    {
        var png = Path.Combine(folder, "a.png");
        var webp = Path.Combine(folder, "a.webp");
        TestImages.Vips("black", Path.Combine(folder, "c.v"), "40", "30");
        TestImages.Vips("copy", Path.Combine(folder, "c.v"), png);
        TestImages.Vips("copy", Path.Combine(folder, "c.v"), webp);
        var pngBytes = InsertPngText(File.ReadAllBytes(png), "Posizione: 45.36N 9.32E");
        var webpBytes = WithWebPExif(File.ReadAllBytes(webp), "Posizione: 45.36N 9.32E");
        using var library = await MediaLibraryClient.SignInAsync(factory);

        var pngId = await library.UploadAsync("a.png", pngBytes);
        var webpId = await library.UploadAsync("a.webp", webpBytes);

        var pngServed = await library.Http.GetByteArrayAsync(MediaFeature.Url(pngId, "a.png"));
        var webpServed = await library.Http.GetByteArrayAsync(MediaFeature.Url(webpId, "a.webp"));
        Assert.False(MediaTestFiles.Contains(pngServed, "Posizione"));
        Assert.False(MediaTestFiles.Contains(webpServed, "Posizione"));
        File.WriteAllBytes(png, pngServed);
        File.WriteAllBytes(webp, webpServed);
        Assert.Equal("40x30", TestImages.Size(png));
        Assert.Equal("40x30", TestImages.Size(webp));
        Assert.Equal((40, 30), await factory.DbAsync(db => db.MediaItems.Where(m => m.Id == webpId).Select(m => new { m.Width, m.Height }).SingleAsync()) is var s ? (s.Width!.Value, s.Height!.Value) : default);
    }

    [Fact]
    public async Task The_json_endpoint_answers_Italian_problems_for_bad_requests()
    {
        using var library = await MediaLibraryClient.SignInAsync(factory);

        var empty = await library.Http.PostAsync("/backoffice/media/caricamento", MediaLibraryClient.Form(library.Token));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Scegli almeno un file", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var forged = await library.Http.PostAsync("/backoffice/media/caricamento", MediaLibraryClient.Form("token-falso", ("a.png", MediaTestFiles.Png)));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("sessione della pagina è scaduta", await DetailAsync(forged), StringComparison.Ordinal);

        var (status, body) = await library.UploadJsonAsync(Guid.NewGuid(), ("a.png", MediaTestFiles.Png));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("cartella scelta non esiste", body.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var social = await MediaLibraryClient.SignInAsync(factory, SinergieComuni.Web.Features.Identity.Roles.Editor);
        using var manager = await factory.SignedInClientAsync(SinergieComuni.Web.Features.Identity.Roles.SocialManager);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/backoffice/media")).StatusCode);
        var managerUpload = await manager.PostAsync("/backoffice/media/caricamento", MediaLibraryClient.Form(social.Token, ("a.png", MediaTestFiles.Png)));
        Assert.Equal(HttpStatusCode.Forbidden, managerUpload.StatusCode);
    }

    [Fact]
    public async Task Allowed_types_and_size_come_from_configuration()
    {
        using var narrow = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Media:AllowedTypes:0", "pdf");
            b.UseSetting("Media:MaxUploadMb", "1");
        });
        var client = narrow.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = SinergieAppFactory.BaseAddress });
        var email = $"redazione-{Guid.NewGuid():N}@prova.it";
        var password = await factory.CreateUserAsync(email, SinergieComuni.Web.Features.Identity.Roles.Editor);
        await client.LogInAsync(email, password);
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/backoffice/media"));

        var png = await client.PostAsync("/backoffice/media/caricamento", MediaLibraryClient.Form(token, ("a.png", MediaTestFiles.Png)));
        var big = await client.PostAsync("/backoffice/media/caricamento", MediaLibraryClient.Form(token, ("grande.pdf", [.. "%PDF-1.4\n"u8.ToArray(), .. new byte[1_100_000]])));

        Assert.Contains("sono ammessi PDF.", await DetailAsync(png), StringComparison.Ordinal);
        Assert.Contains("supera i 1 MB", await DetailAsync(big), StringComparison.Ordinal);
    }

    /// <summary>The problem's detail, or the first file's message.</summary>
    private static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("detail", out var detail)
            ? detail.GetString() ?? ""
            : json.RootElement.GetProperty("results")[0].GetProperty("message").GetString() ?? "";
    }

    private static byte[] InsertPngText(byte[] png, string text)
    {
        var payload = System.Text.Encoding.ASCII.GetBytes("Comment\0" + text);
        var chunk = new byte[12 + payload.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)payload.Length);
        "tEXt"u8.CopyTo(chunk.AsSpan(4));
        payload.CopyTo(chunk, 8);
        return [.. png[..33], .. chunk, .. png[33..]];
    }

    private static byte[] WithWebPExif(byte[] webp, string text)
    {
        var payload = System.Text.Encoding.ASCII.GetBytes(text + (text.Length % 2 == 1 ? "\0" : ""));
        var chunk = new byte[8 + payload.Length];
        "EXIF"u8.CopyTo(chunk);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), (uint)payload.Length);
        payload.CopyTo(chunk, 8);
        byte[] result = [.. webp, .. chunk];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(result.Length - 8));
        return result;
    }
}

public sealed class UploadSafetyTestsOnSqlite(SqliteAppFactory factory) : UploadSafetyTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class UploadSafetyTestsOnPostgres(PostgresAppFactory factory) : UploadSafetyTests(factory), IClassFixture<PostgresAppFactory>;
