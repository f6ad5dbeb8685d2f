using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Media;
using SinergieComuni.Web.Features.Services;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Media;

/// <summary>Named crops and the focal point of library items in resized variants, and URLs that change with them.</summary>
public abstract partial class CropVariantTests(SinergieAppFactory factory) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sinergie-crops-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Save(byte[] bytes, string extension)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + extension);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Mean value of the first band of an image (0 black, 255 white; an alpha band does not count).</summary>
    private double Mean(byte[] bytes)
    {
        var band = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".v");
        TestImages.Vips("extract_band", Save(bytes, ".png"), band, "0");
        return double.Parse(TestImages.Vips("avg", band).Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<(MediaLibraryClient Library, Guid Id)> HalfBlackHalfWhiteAsync()
    {
        var library = await MediaLibraryClient.SignInAsync(factory);
        var id = await library.UploadAsync("meta.jpg", File.ReadAllBytes(TestImages.HalfBlackHalfWhite(folder)));
        return (library, id);
    }

    private async Task SaveItemAsync(MediaLibraryClient library, Guid id, params (string Key, string Value)[] values)
    {
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = library.Token, ["Input.Title"] = "Metà e metà" };
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        var response = await library.Http.PostAsync($"/backoffice/media/{id}?handler=Save", new FormUrlEncodedContent(fields));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Named_crops_give_their_ratio_from_the_width_alone_and_follow_the_focal_point()
    {
        var (library, id) = await HalfBlackHalfWhiteAsync();
        using var _ = library;
        var url = MediaFeature.Url(id, "meta.jpg");

        var wide = await library.Http.GetAsync(url + "?width=320&crop=card-16-9&format=png");
        var square = await library.Http.GetAsync(url + "?width=320&crop=quadrato&format=png");

        Assert.Equal("320x180", TestImages.Size(Save(await wide.Content.ReadAsByteArrayAsync(), ".png")));
        Assert.Equal("320x320", TestImages.Size(Save(await square.Content.ReadAsByteArrayAsync(), ".png")));
        Assert.InRange(Mean(await square.Content.ReadAsByteArrayAsync()), 100, 155);

        await SaveItemAsync(library, id, ("Input.FocalX", "0"), ("Input.FocalY", "50"));
        // An 800×800 square of the 1200×800 image: at the left edge a quarter of it is white, at the right edge three quarters.
        var left = await library.Http.GetByteArrayAsync(url + "?width=320&crop=quadrato&format=png&v=a");
        Assert.InRange(Mean(left), 58, 70);

        await SaveItemAsync(library, id, ("Input.FocalX", "100"), ("Input.FocalY", "50"));
        var right = await library.Http.GetByteArrayAsync(url + "?width=320&crop=quadrato&format=png&v=b");
        Assert.InRange(Mean(right), 185, 197);
    }

    [Fact]
    public async Task A_rectangle_chosen_for_a_crop_is_what_the_crop_shows()
    {
        var (library, id) = await HalfBlackHalfWhiteAsync();
        using var _ = library;

        // The right half's top part: white only. Crop 0 is card-16-9, crop 1 quadrato (the configured order).
        await SaveItemAsync(library, id, ("Input.FocalX", "0"), ("Input.FocalY", "50"),
            ("Input.Crops[0].Name", "card-16-9"), ("Input.Crops[0].X", "55"), ("Input.Crops[0].Y", "0"), ("Input.Crops[0].W", "40"), ("Input.Crops[0].H", "33.75"));

        var crops = MediaCrops.Parse(await factory.DbAsync(db => db.MediaItems.Where(m => m.Id == id).Select(m => m.CropsJson).SingleAsync()));
        Assert.Equal(new CropRegion(0.55, 0, 0.4, 0.3375), crops["card-16-9"]);
        var wide = await library.Http.GetByteArrayAsync(MediaFeature.Url(id, "meta.jpg") + "?width=320&crop=card-16-9&format=png");
        Assert.Equal("320x180", TestImages.Size(Save(wide, ".png")));
        Assert.InRange(Mean(wide), 250, 255);

        // The other crop still follows the focal point (at the left edge: a quarter white).
        Assert.InRange(Mean(await library.Http.GetByteArrayAsync(MediaFeature.Url(id, "meta.jpg") + "?width=320&crop=quadrato&format=png")), 58, 70);

        var invalid = await library.Http.PostAsync($"/backoffice/media/{id}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = library.Token, ["Input.Title"] = "x", ["Input.FocalX"] = "50", ["Input.FocalY"] = "50",
            ["Input.Crops[0].Name"] = "card-16-9", ["Input.Crops[0].X"] = "80", ["Input.Crops[0].Y"] = "0", ["Input.Crops[0].W"] = "40", ["Input.Crops[0].H"] = "10",
        }));
        Assert.Contains("Ritaglio «card-16-9»", WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("width=320&crop=panorama", "crop", "Il ritaglio «panorama» non esiste")]
    [InlineData("width=320&height=320&crop=quadrato", "crop", "solo la larghezza")]
    [InlineData("width=320&crop=quadrato&mode=pad", "mode", "solo crop")]
    [InlineData("width=320&v=<x>", "v", "non è valido")]
    public async Task Bad_crop_requests_get_an_Italian_400(string query, string parameter, string message)
    {
        var (library, id) = await HalfBlackHalfWhiteAsync();
        using var _ = library;

        var response = await library.Http.GetAsync(MediaFeature.Url(id, "meta.jpg") + "?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, json.RootElement.GetProperty("errors").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_focal_point_changes_the_srcset_urls_of_the_public_page()
    {
        var (library, id) = await HalfBlackHalfWhiteAsync();
        using var _ = library;
        var organisation = await factory.CreateAsync(ContentTypes.Organisation, Organisation(), publish: true);
        var card = ServiceCard(organisation);
        card.Images.Add(new CardImage { FileId = id.ToString(), Alt = "Metà nera e metà bianca" });
        var cardId = await factory.CreateAsync(ContentTypes.Service, card, publish: true);
        var slug = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == cardId).Select(i => i.PublishedSlug).SingleAsync());

        var before = Srcset().Match(await library.Http.GetStringAsync($"/servizi/{slug}")).Groups[1].Value;
        await SaveItemAsync(library, id, ("Input.FocalX", "20"), ("Input.FocalY", "30"), ("Input.AltText", "Metà nera e metà bianca"));
        var after = Srcset().Match(await library.Http.GetStringAsync($"/servizi/{slug}")).Groups[1].Value;

        Assert.Contains("&amp;v=", before, StringComparison.Ordinal);
        Assert.NotEqual(before, after);
        var firstUrl = WebUtility.HtmlDecode(after.Split(' ')[0]);
        Assert.Equal(HttpStatusCode.OK, (await library.Http.GetAsync(firstUrl)).StatusCode);
    }

    [GeneratedRegex("<source type=\"image/webp\" srcset=\"([^\"]+)\"")]
    private static partial Regex Srcset();
}

public sealed class CropVariantTestsOnSqlite(SqliteAppFactory factory) : CropVariantTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class CropVariantTestsOnPostgres(PostgresAppFactory factory) : CropVariantTests(factory), IClassFixture<PostgresAppFactory>;
