using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SinergieComuni.Tests.Fixtures;

namespace SinergieComuni.Tests.Infrastructure;

/// <summary>The public site's shell: language, health, error pages, headers. Runs once per database provider.</summary>
public abstract class PublicSiteTests(SinergieAppFactory factory)
{
    [Fact]
    public async Task Home_answers_200_in_Italian()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"it\">", html, StringComparison.Ordinal);
        Assert.Contains("Vai al contenuto principale", html, StringComparison.Ordinal);
        Assert.Contains("it-header-wrapper", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_answers_200_and_checks_the_database()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task Unknown_url_gets_the_Italian_404_page()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/questa-pagina-non-esiste");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"it\">", html, StringComparison.Ordinal);
        Assert.Contains("Pagina non trovata", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Pagina%20Strana")]
    [InlineData("/--")]
    [InlineData("/errore/500")]
    [InlineData("/errore/abc")]
    public async Task Malformed_or_internal_addresses_get_404_not_an_error(string url)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina non trovata", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_api_url_gets_problem_details()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/non-esiste");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/");

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_http_is_redirected_to_https_outside_development()
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(new Uri("http://sinergie.test/chi-siamo"));

        Assert.True(response.StatusCode is HttpStatusCode.RedirectKeepVerb or HttpStatusCode.PermanentRedirect or HttpStatusCode.Redirect);
        Assert.Equal("https", response.Headers.Location?.Scheme);
    }

    [Fact]
    public async Task Closing_the_cookie_notice_sets_only_a_technical_cookie_and_hides_it()
    {
        using var client = factory.CreateBrowserLikeClient();
        var before = await client.GetStringAsync("/chi-siamo");
        Assert.Contains("data-cookie-notice", before, StringComparison.Ordinal);

        var response = await CloseCookieNoticeAsync(client, "/chi-siamo", "/chi-siamo");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/chi-siamo", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sc_cookie_notice=", StringComparison.Ordinal));
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var after = await client.GetStringAsync("/chi-siamo");
        Assert.DoesNotContain("data-cookie-notice", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookie_notice_never_redirects_off_site()
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await CloseCookieNoticeAsync(client, "/", "//malevolo.example/");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    /// <summary>
    /// Posts the notice's form as a browser does. It has no antiforgery token on purpose: a forged post can only hide
    /// the notice, and a token would keep pages out of the output cache.
    /// </summary>
    private static async Task<HttpResponseMessage> CloseCookieNoticeAsync(HttpClient client, string pageUrl, string returnUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        var form = System.Text.RegularExpressions.Regex.Match(html, "<form method=\"post\" action=\"/avviso-cookie\"[^>]*>(.*?)</form>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(form.Success, "The page has the cookie notice's form.");
        Assert.DoesNotContain("__RequestVerificationToken", form.Groups[1].Value, StringComparison.Ordinal);
        return await client.PostAsync("/avviso-cookie", new FormUrlEncodedContent([new("returnUrl", returnUrl)]));
    }
}

public sealed class PublicSiteTestsOnSqlite(SqliteAppFactory factory) : PublicSiteTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class PublicSiteTestsOnPostgres(PostgresAppFactory factory) : PublicSiteTests(factory), IClassFixture<PostgresAppFactory>;
