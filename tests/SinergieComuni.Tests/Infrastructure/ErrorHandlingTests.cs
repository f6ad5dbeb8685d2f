using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SinergieComuni.Tests.Fixtures;

namespace SinergieComuni.Tests.Infrastructure;

/// <summary>An unexpected failure shows an Italian page (or ProblemDetails to an API client), never a stack trace.</summary>
public sealed class ErrorHandlingTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task An_unexpected_error_shows_the_Italian_500_page_without_details()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(FailingEndpointsStartupFilter.HtmlPath);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"it\">", html, StringComparison.Ordinal);
        Assert.Contains("Si è verificato un errore", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Guasto simulato", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_api_error_answers_problem_details_without_details()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(FailingEndpointsStartupFilter.ApiPath);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Guasto simulato", text, StringComparison.Ordinal);
        Assert.Equal(500, JsonDocument.Parse(text).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused_with_the_Italian_400_page()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/backoffice/accesso", new FormUrlEncodedContent([new("Input.Email", "a@b.it"), new("Input.Password", "x")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Richiesta non valida", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
