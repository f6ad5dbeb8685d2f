using System.Net;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;
using SinergieComuni.Web.Features.Navigation;
using SinergieComuni.Web.Pages.Backoffice.Navigation;

namespace SinergieComuni.Tests.Navigation;

/// <summary>The main menu and footer links edited at /backoffice/navigazione. Runs once per database provider.</summary>
public abstract class NavigationEditorTests(SinergieAppFactory factory)
{
    private const string Path = "/backoffice/navigazione";

    [Fact]
    public async Task Saving_a_new_menu_shows_it_on_the_public_site_at_once_and_audits_it()
    {
        await ResetAsync();
        using var visitor = factory.CreateClient();
        var before = await visitor.GetStringAsync("/chi-siamo");
        Assert.Contains(">Servizi</span>", before, StringComparison.Ordinal);
        using var editor = await factory.SignedInClientAsync(Roles.Editor);
        var label = "Novità " + Guid.NewGuid().ToString("N")[..6];
        var main = new List<NavigationLink>(SiteMenus.DefaultMain.Reverse()) { new(label, "https://esempio.it/novita") };
        var partnerTitle = "I nostri partner " + Guid.NewGuid().ToString("N")[..6];

        var response = await editor.SubmitAsync(Path, Fields(main, partnerTitle: partnerTitle));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = WebUtility.HtmlDecode(await visitor.GetStringAsync("/chi-siamo"));
        Assert.Contains($"<a class=\"nav-link\" href=\"https://esempio.it/novita\"><span>{label}</span></a>", after, StringComparison.Ordinal);
        Assert.True(after.IndexOf(">Contatti</span>", StringComparison.Ordinal) < after.IndexOf(">Servizi</span>", StringComparison.Ordinal), "The menu is in the saved order.");
        Assert.Contains($"<h2 class=\"footer-heading-title\">{partnerTitle}</h2>", after, StringComparison.Ordinal);
        var stored = await factory.DbAsync(db => db.SiteSettings.SingleAsync(s => s.Key == SiteMenus.MainKey));
        Assert.Equal(1, stored.Revision);
        Assert.Contains(label, NavigationJson.ReadMain(stored.ValueJson)!.Select(l => l.Label));
        Assert.True(await factory.DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.NavigationChange && a.Details!.Contains(label))));
        var page = WebUtility.HtmlDecode(await editor.GetStringAsync(Path));
        Assert.Contains("Navigazione salvata", page, StringComparison.Ordinal);
        Assert.Contains(label, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_addresses_and_missing_labels_get_Italian_messages_per_row_and_nothing_is_stored()
    {
        await ResetAsync();
        using var editor = await factory.SignedInClientAsync(Roles.Administrator);
        var main = new List<NavigationLink>(SiteMenus.DefaultMain)
        {
            new("Script", "javascript:alert(1)"),
            new("", "/vuota"),
            new("Doppia barra", "//altro-sito.it"),
            new("Spazi", "/con spazi"),
        };

        var response = await editor.SubmitAsync(Path, Fields(main));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Menu principale, voce 8: l'indirizzo deve iniziare con «/»", html, StringComparison.Ordinal);
        Assert.Contains("Menu principale, voce 9: scrivi l'etichetta.", html, StringComparison.Ordinal);
        Assert.Contains("Menu principale, voce 10: un indirizzo del sito inizia con una sola «/»", html, StringComparison.Ordinal);
        Assert.Contains("Menu principale, voce 11: l'indirizzo non può contenere spazi.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Main-7-url\" name=\"Main[7].Url\" value=\"javascript:alert(1)\" class=\"form-control is-invalid\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Main-7-url-error\"", html, StringComparison.Ordinal);
        Assert.False(await factory.DbAsync(db => db.SiteSettings.AnyAsync(s => s.Key == SiteMenus.MainKey)));
    }

    [Fact]
    public async Task A_save_from_an_older_revision_is_refused_with_an_Italian_message()
    {
        await ResetAsync();
        using var first = await factory.SignedInClientAsync(Roles.Editor);
        using var second = await factory.SignedInClientAsync(Roles.Editor);
        var secondPage = await second.GetStringAsync(Path);
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(Path, Fields([.. SiteMenus.DefaultMain.Skip(1)]))).StatusCode);

        // The second editor posts the form opened before the first save (revision 0).
        var token = HtmlForms.AntiforgeryToken(secondPage);
        var fields = Fields([.. SiteMenus.DefaultMain.Take(2)]);
        var response = await second.PostAsync(Path, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(NavigationEditorModel.ConflictMessage, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var stored = await factory.DbAsync(db => db.SiteSettings.SingleAsync(s => s.Key == SiteMenus.MainKey));
        Assert.Equal(1, stored.Revision);
        Assert.DoesNotContain("\"Servizi\"", stored.ValueJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_a_row_down_without_script_reorders_the_form_announces_it_and_stores_nothing()
    {
        await ResetAsync();
        using var editor = await factory.SignedInClientAsync(Roles.Editor);

        var response = await editor.SubmitAsync(Path, [.. Fields([.. SiteMenus.DefaultMain]), new("move", "Main:0:giu")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("name=\"Main[0].Label\" value=\"Mappa\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Main[1].Label\" value=\"Servizi\"", html, StringComparison.Ordinal);
        Assert.Contains("Menu principale: voce «Servizi» spostata in posizione 2 di 7.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Main-1-down\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"Main-1-down\"[^>]*autofocus=\"autofocus\"", html);
        Assert.False(await factory.DbAsync(db => db.SiteSettings.AnyAsync(s => s.Key == SiteMenus.MainKey)));
    }

    [Fact]
    public async Task Only_administrators_and_editors_may_edit_the_navigation()
    {
        using var manager = await factory.SignedInClientAsync(Roles.SocialManager);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync(Path)).StatusCode);
        using var anonymous = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(Path)).StatusCode);
        using var editor = await factory.SignedInClientAsync(Roles.Editor);
        Assert.Contains("href=\"/backoffice/navigazione\"", await editor.GetStringAsync("/backoffice"), StringComparison.Ordinal);
    }

    private Task ResetAsync() => factory.DbAsync(db => db.SiteSettings.Where(s => s.Key == SiteMenus.MainKey || s.Key == SiteMenus.FooterKey).ExecuteDeleteAsync());

    private static List<KeyValuePair<string, string>> Fields(IReadOnlyList<NavigationLink> main, int mainRevision = 0, int footerRevision = 0, string? partnerTitle = null)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("MainRevision", mainRevision.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("FooterRevision", footerRevision.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        void Add(string list, IEnumerable<NavigationLink> links)
        {
            var i = 0;
            foreach (var link in links)
            {
                fields.Add(new($"{list}[{i}].Label", link.Label));
                fields.Add(new($"{list}[{i}].Url", link.Url));
                i++;
            }
        }

        Add("Main", main);
        var partners = SiteMenus.DefaultFooter.Single(g => g.Key == SiteMenus.PartnersGroup);
        var legal = SiteMenus.DefaultFooter.Single(g => g.Key == SiteMenus.LegalGroup);
        Add("Partners", partners.Links);
        Add("Legal", legal.Links);
        fields.Add(new("PartnersTitle", partnerTitle ?? partners.Title));
        fields.Add(new("LegalTitle", legal.Title));
        return fields;
    }
}

[Collection(nameof(NavigationEditorTests))]
public sealed class NavigationEditorTestsOnSqlite(SqliteAppFactory factory) : NavigationEditorTests(factory), IClassFixture<SqliteAppFactory>;

[Collection(nameof(NavigationEditorTests))]
public sealed class NavigationEditorTestsOnPostgres(PostgresAppFactory factory) : NavigationEditorTests(factory), IClassFixture<PostgresAppFactory>;
