using System.Net;
using SinergieComuni.Tests.Fixtures;

namespace SinergieComuni.Tests.Identity;

/// <summary>One client trying many passwords (on any accounts) is slowed down, with an Italian page.</summary>
public sealed class LoginRateLimitTests(RateLimitedAppFactory factory) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task Too_many_login_attempts_from_one_client_get_the_Italian_429_page()
    {
        using var client = factory.CreateBrowserLikeClient();
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/backoffice/accesso"));
        var statuses = new List<HttpStatusCode>();

        for (var attempt = 0; attempt < 31; attempt++)
        {
            using var response = await client.PostAsync("/backoffice/accesso", new FormUrlEncodedContent(
            [
                new("Input.Email", $"tentativo{attempt}@prova.it"), new("Input.Password", "Sbagliata-123!"), new("__RequestVerificationToken", token),
            ]));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Troppe richieste", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.All(statuses.Take(30), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[30]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/backoffice/accesso")).StatusCode);
    }
}
