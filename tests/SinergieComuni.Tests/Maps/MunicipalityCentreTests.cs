using System.Net;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Tests.Maps;

/// <summary>/backoffice/mappa/comuni: editors correct the municipalities' centres; bad input stores nothing; partner staff may not.</summary>
public abstract class MunicipalityCentreTests(SinergieAppFactory factory)
{
    private const string Page = "/backoffice/mappa/comuni";

    private Task<HttpClient> SignedInAsync(string role) => factory.SignedInClientAsync(role);

    private Task<List<TaxonomyTerm>> MunicipalitiesAsync() =>
        factory.DbAsync(db => db.TaxonomyTerms.AsNoTracking().Where(t => t.Vocabulary == Vocabularies.Municipality).OrderBy(t => t.SortOrder).ToListAsync());

    private static List<KeyValuePair<string, string>> Fields(IReadOnlyList<TaxonomyTerm> terms, Func<TaxonomyTerm, (string Lat, string Lng)> value) =>
        [.. terms.SelectMany((t, i) => new KeyValuePair<string, string>[]
        {
            new($"Centres[{i}].Key", t.Key),
            new($"Centres[{i}].Latitude", value(t).Lat),
            new($"Centres[{i}].Longitude", value(t).Lng),
        })];

    [Fact]
    public async Task An_editor_moves_a_centre_and_the_map_uses_it_and_the_change_is_audited()
    {
        using var client = await SignedInAsync(Roles.Editor);
        var terms = await MunicipalitiesAsync();
        Assert.Equal(9, terms.Count);
        string Text(double? v) => v!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.SubmitAsync(Page, Fields(terms, t => t.Key == "dresano" ? ("45,3741", "9.3612") : (Text(t.Latitude), Text(t.Longitude))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var dresano = (await MunicipalitiesAsync()).Single(t => t.Key == "dresano");
        Assert.Equal(45.3741, dresano.Latitude);
        Assert.Equal(9.3612, dresano.Longitude);
        Assert.True(await factory.DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.MunicipalityCentres && a.Details!.Contains("Dresano"))));
        Assert.Contains("\"name\":\"Dresano\",\"key\":\"dresano\",\"lat\":45.3741,\"lng\":9.3612", System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/mappa")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_or_swapped_centre_is_explained_in_italian_and_nothing_is_stored()
    {
        using var client = await SignedInAsync(Roles.Editor);
        var before = await MunicipalitiesAsync();
        string Text(double? v) => v!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.SubmitAsync(Page, Fields(before, t =>
            t.Key == "carpiano" ? ("9.2742", "45.34")
            : t.Key == "colturano" ? ("abc", "9.33")
            : t.Key == "dresano" ? ("45.3", "9.3") : (Text(t.Latitude), Text(t.Longitude))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Carpiano: il punto è fuori dall'area della mappa", html, StringComparison.Ordinal);
        Assert.Contains("Colturano: scrivi latitudine e longitudine come numeri", html, StringComparison.Ordinal);
        var after = await MunicipalitiesAsync();
        Assert.Equal(before.Select(t => (t.Key, t.Latitude, t.Longitude)), after.Select(t => (t.Key, t.Latitude, t.Longitude)));
    }

    [Fact]
    public async Task Partner_staff_get_the_italian_403()
    {
        using var client = await SignedInAsync(Roles.PartnerRepresentative);
        var response = await client.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class MunicipalityCentreTestsOnSqlite(SqliteAppFactory factory) : MunicipalityCentreTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class MunicipalityCentreTestsOnPostgres(PostgresAppFactory factory) : MunicipalityCentreTests(factory), IClassFixture<PostgresAppFactory>;
