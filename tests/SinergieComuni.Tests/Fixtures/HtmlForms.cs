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

    /// <summary>
    /// Posts <paramref name="fields"/> with the anti-forgery token of the form on <paramref name="pageUrl"/> that posts to
    /// <paramref name="actionUrl"/> (its path; a form without action posts to the page itself), failing when that form has none.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? actionUrl = null)
    {
        var page = await client.GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = FormToken(await page.Content.ReadAsStringAsync(), PathOf(pageUrl), PathOf(actionUrl ?? pageUrl));
        var form = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await client.PostAsync(actionUrl ?? pageUrl, form);
    }

    public static async Task<HttpResponseMessage> LogInAsync(this HttpClient client, string email, string password) =>
        await client.SubmitAsync("/backoffice/accesso", [new("Input.Email", email), new("Input.Password", password)]);

    private static string FormToken(string html, string pagePath, string actionPath)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var action = ActionPattern().Match(form.Groups["attributes"].Value);
            var target = action.Success ? PathOf(WebUtility.HtmlDecode(action.Groups[1].Value)) : pagePath;
            if (string.Equals(target, actionPath, StringComparison.OrdinalIgnoreCase))
            {
                var token = TokenPattern().Match(form.Groups["body"].Value);
                Assert.True(token.Success, $"The form posting to {actionPath} has no anti-forgery token.");
                return WebUtility.HtmlDecode(token.Groups[1].Value);
            }
        }

        Assert.Fail($"The page {pagePath} has no form posting to {actionPath}.");
        return "";
    }

    private static string PathOf(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        return end >= 0 ? url[..end] : url;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<form(?<attributes>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("\\baction=\"([^\"]*)\"")]
    private static partial Regex ActionPattern();
}
