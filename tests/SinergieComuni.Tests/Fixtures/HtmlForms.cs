using System.Net;
using System.Text.RegularExpressions;

namespace SinergieComuni.Tests.Fixtures;

/// <summary>Submits Razor Pages forms the way a browser does: read the page, keep its anti-forgery token, post the fields.</summary>
public static partial class HtmlForms
{
    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no anti-forgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? actionUrl = null)
    {
        var page = await client.GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = AntiforgeryToken(await page.Content.ReadAsStringAsync());
        var form = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await client.PostAsync(actionUrl ?? pageUrl, form);
    }

    public static async Task<HttpResponseMessage> LogInAsync(this HttpClient client, string email, string password) =>
        await client.SubmitAsync("/backoffice/accesso", [new("Input.Email", email), new("Input.Password", password)]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
