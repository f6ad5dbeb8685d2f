using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Content;

/// <summary>
/// Every backoffice content action × every kind of person, through real HTTP requests (including POSTs that no
/// button would send): the server allows or refuses exactly as specified, and a refusal changes nothing.
/// </summary>
public abstract class PermissionMatrixTests(SinergieAppFactory factory)
{
    public enum Who
    {
        Anonymous,
        PartnerOfTheSameOrganisation,
        PartnerOfAnotherOrganisation,
        Editor,
        Administrator,
    }

    public enum Action
    {
        OpenEditor,
        Save,
        Publish,
        Unpublish,
        Schedule,
        Submit,
        MoveToBin,
        Rollback,
        Preview,
        Purge,
        AddRedirect,
        ReadAuditLog,
        CreatePage,
    }

    // Who may do what: true = allowed, false = refused with 403 (anonymous people always go to the login page).
    private static readonly Dictionary<Action, (bool Partner, bool OtherPartner, bool Editor, bool Administrator)> Rules = new()
    {
        [Action.OpenEditor] = (true, false, true, true),
        [Action.Save] = (true, false, true, true),
        [Action.Publish] = (false, false, true, true),
        [Action.Unpublish] = (false, false, true, true),
        [Action.Schedule] = (false, false, true, true),
        [Action.Submit] = (true, false, false, false),
        [Action.MoveToBin] = (false, false, true, true),
        [Action.Rollback] = (true, false, true, true),
        [Action.Preview] = (true, false, true, true),
        [Action.Purge] = (false, false, false, true),
        [Action.AddRedirect] = (false, false, true, true),
        [Action.ReadAuditLog] = (false, false, true, true),
        [Action.CreatePage] = (false, false, true, true),
    };

    public static TheoryData<Action, Who> Cases()
    {
        var data = new TheoryData<Action, Who>();
        foreach (var action in Enum.GetValues<Action>())
        {
            foreach (var who in Enum.GetValues<Who>())
            {
                data.Add(action, who);
            }
        }

        return data;
    }

    private sealed class People
    {
        public Guid Organisation { get; init; }
        public Dictionary<Who, (string Email, string Password)> Logins { get; } = [];
    }

    private static readonly ConditionalWeakTable<SinergieAppFactory, Task<People>> PeopleByFactory = [];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_server_allows_or_refuses_each_action(Action action, Who who)
    {
        var people = await PeopleByFactory.GetValue(factory, f => CreatePeopleAsync(f));
        var card = await PrepareCardAsync(people.Organisation, inBin: action == Action.Purge);
        var before = await factory.DbAsync(db => db.ContentItems.AsNoTracking().SingleAsync(i => i.Id == card));
        using var client = factory.CreateBrowserLikeClient();
        if (who != Who.Anonymous)
        {
            var (email, password) = people.Logins[who];
            Assert.Equal(HttpStatusCode.Redirect, (await client.LogInAsync(email, password)).StatusCode);
        }

        var response = await SendAsync(client, action, card, before.Revision, people.Organisation);

        if (who == Who.Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/backoffice/accesso", response.Headers.Location?.AbsolutePath);
        }
        else if (Allowed(action, who))
        {
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{action} by {who}: {response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.DoesNotContain("accesso", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
            }
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        if (who == Who.Anonymous || !Allowed(action, who))
        {
            var after = await factory.DbAsync(db => db.ContentItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == card));
            Assert.NotNull(after);
            Assert.Equal(before.Revision, after.Revision);
            Assert.Equal(before.LatestVersion, after.LatestVersion);
        }
    }

    private static bool Allowed(Action action, Who who) => who switch
    {
        Who.PartnerOfTheSameOrganisation => Rules[action].Partner,
        Who.PartnerOfAnotherOrganisation => Rules[action].OtherPartner,
        Who.Editor => Rules[action].Editor,
        Who.Administrator => Rules[action].Administrator,
        _ => false,
    };

    private static async Task<People> CreatePeopleAsync(SinergieAppFactory f)
    {
        var organisation = await f.CreateAsync(ContentTypes.Organisation, Organisation(), publish: true);
        var other = await f.CreateAsync(ContentTypes.Organisation, Organisation(), publish: true);
        var people = new People { Organisation = organisation };
        async Task Add(Who who, Guid? org, string role)
        {
            var email = $"{who.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@prova.it";
            people.Logins[who] = (email, await f.CreateUserAsync(email, org, role));
        }

        await Add(Who.PartnerOfTheSameOrganisation, organisation, Roles.PartnerRepresentative);
        await Add(Who.PartnerOfAnotherOrganisation, other, Roles.PartnerRepresentative);
        await Add(Who.Editor, null, Roles.Editor);
        await Add(Who.Administrator, null, Roles.Administrator);
        return people;
    }

    /// <summary>A published card with an unpublished second version (so every action has something to act on).</summary>
    private async Task<Guid> PrepareCardAsync(Guid organisation, bool inBin)
    {
        var document = ServiceCard(organisation);
        var card = await factory.CreateAsync(ContentTypes.Service, document, publish: true);
        var revision = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == card).Select(i => i.Revision).SingleAsync());
        document.ShortDescription = "Seconda versione, non pubblicata.";
        Assert.True((await factory.WorkflowAsync(w => w.SaveAsync(Editor, card, document, revision, CancellationToken.None))).Succeeded);
        if (inBin)
        {
            Assert.True((await factory.WorkflowAsync(w => w.DeleteAsync(Editor, card, null, CancellationToken.None))).Succeeded);
        }

        return card;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, Action action, Guid card, int revision, Guid organisation)
    {
        var editor = $"/backoffice/servizi/{card}";
        var tokenPage = await client.GetAsync("/backoffice/accesso");
        var token = HtmlForms.AntiforgeryToken(await tokenPage.Content.ReadAsStringAsync());
        Task<HttpResponseMessage> Post(string url, params (string Key, string Value)[] fields) =>
            client.PostAsync(url, new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)), new("__RequestVerificationToken", token)]));
        var revisionField = ("Revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return action switch
        {
            Action.OpenEditor => await client.GetAsync(editor),
            Action.Save => await Post(editor + "?handler=Save", revisionField,
                ("Document.Title", Unique("Nido salvato")), ("Document.ShortDescription", "Breve"), ("Document.Description", "<p>Testo</p>"),
                ("Document.Category", "prima-infanzia"), ("Document.OrganisationId", organisation.ToString()), ("Document.Municipalities", "melegnano")),
            Action.Publish => await Post(editor + "?handler=Publish", revisionField),
            Action.Unpublish => await Post(editor + "?handler=Unpublish", revisionField),
            Action.Schedule => await Post(editor + "?handler=Schedule", revisionField,
                ("Workflow.PublishAt", DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture))),
            Action.Submit => await Post(editor + "?handler=Submit", revisionField),
            Action.MoveToBin => await Post(editor + "?handler=Delete", revisionField),
            Action.Rollback => await Post($"/backoffice/cronologia/{card}?handler=Rollback", ("version", "1"), ("revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Action.Preview => await client.GetAsync($"/backoffice/anteprima/{card}"),
            Action.Purge => await Post("/backoffice/cestino?handler=Purge", ("id", card.ToString())),
            Action.AddRedirect => await Post("/backoffice/redirect?handler=Add", ("From", "/prova-" + Guid.NewGuid().ToString("N")[..8]), ("To", "/")),
            Action.ReadAuditLog => await client.GetAsync("/backoffice/registro"),
            Action.CreatePage => await client.GetAsync("/backoffice/pagine/nuova"),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }
}

public sealed class PermissionMatrixTestsOnSqlite(SqliteAppFactory factory) : PermissionMatrixTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class PermissionMatrixTestsOnPostgres(PostgresAppFactory factory) : PermissionMatrixTests(factory), IClassFixture<PostgresAppFactory>;
