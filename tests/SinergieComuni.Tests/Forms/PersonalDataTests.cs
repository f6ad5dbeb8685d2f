using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Tests.Forms;

/// <summary>Administrators export or erase one person's entries, files and invitations by email, across all forms.</summary>
public abstract class PersonalDataTests(SinergieAppFactory factory)
{
    private const string Page = "/backoffice/moduli/dati-personali";

    [Fact]
    public async Task Export_contains_exactly_that_persons_entries_across_two_forms()
    {
        var person = await PersonAsync();
        using var client = await factory.SignedInClientAsync(Roles.Administrator);

        var search = await client.SubmitAsync(Page, [new("Email", "  " + person.Email.ToUpperInvariant() + " ")], Page + "?handler=Search");
        var html = await search.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains($"data-entry=\"{person.First}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-entry=\"{person.Second}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-entry=\"{person.Stranger}\"", html, StringComparison.Ordinal);

        var export = await client.SubmitAsync(Page, [new("Email", person.Email)], Page + "?handler=Export");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("dati-personali-", export.Content.Headers.ContentDisposition?.FileNameStar ?? export.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await export.Content.ReadAsByteArrayAsync());
        var entries = json.RootElement.GetProperty("risposte").EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(new[] { person.FirstTitle, person.SecondTitle }.Order(StringComparer.Ordinal),
            entries.Select(e => e.GetProperty("modulo").GetString()!).Order(StringComparer.Ordinal));
        var text = json.RootElement.GetRawText();
        Assert.Contains("Il tuo nome", text, StringComparison.Ordinal);
        Assert.Contains("Lucia", text, StringComparison.Ordinal);
        Assert.Contains("documento-lucia.pdf", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Estraneo", text, StringComparison.Ordinal);
        Assert.Equal(1, json.RootElement.GetProperty("inviti").GetArrayLength());
        Assert.True(await factory.DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.PersonalDataExport)));
    }

    [Fact]
    public async Task Erase_asks_for_confirmation_then_removes_the_persons_entries_files_and_invitations_only()
    {
        var person = await PersonAsync();
        using var client = await factory.SignedInClientAsync(Roles.Administrator);

        var ask = await client.SubmitAsync(Page, [new("Email", person.Email)], Page + "?handler=Erase");
        var askHtml = await ask.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains("data-erase-confirmation", askHtml, StringComparison.Ordinal);
        Assert.Equal(2, await factory.DbAsync(db => db.FormEntries.CountAsync(e => e.Email == person.Email)));

        var erase = await client.SubmitAsync(Page, [new("Email", person.Email), new("Confirmed", "true")], Page + "?handler=Erase");

        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        Assert.Contains("Dati cancellati: 2 risposte, 1 file e 1 invito.", WebUtility.HtmlDecode(await erase.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await factory.DbAsync(db => db.FormEntries.CountAsync(e => e.Email == person.Email)));
        Assert.False(await factory.DbAsync(db => db.FormEntryFiles.AnyAsync(f => f.Id == person.File.Id)));
        Assert.False(await factory.StoredAsync(person.File));
        Assert.False(await factory.DbAsync(db => db.FormInvitations.AnyAsync(i => i.Email == person.Email)));
        Assert.True(await factory.DbAsync(db => db.FormEntries.AnyAsync(e => e.Id == person.Stranger)));
        Assert.True(await factory.StoredAsync(person.StrangerFile));
        Assert.True(await factory.DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.PersonalDataErase)));
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.SocialManager)]
    public async Task Only_administrators_may_use_the_page(string role)
    {
        var person = await PersonAsync();
        using var client = await factory.SignedInClientAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Page)).StatusCode);
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/backoffice"));
        foreach (var handler in new[] { "Search", "Export", "Erase" })
        {
            var response = await client.PostAsync($"{Page}?handler={handler}", new FormUrlEncodedContent(
                [new("Email", person.Email), new("Confirmed", "true"), new("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Equal(2, await factory.DbAsync(db => db.FormEntries.CountAsync(e => e.Email == person.Email)));
    }

    [Theory]
    [InlineData("Search")]
    [InlineData("Export")]
    [InlineData("Erase")]
    public async Task An_invalid_email_gets_an_italian_message(string handler)
    {
        using var client = await factory.SignedInClientAsync(Roles.Administrator);

        var response = await client.SubmitAsync(Page, [new("Email", "non-una-email<script>")], $"{Page}?handler={handler}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Scrivi un indirizzo email valido", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    private sealed record Person(string Email, Guid First, Guid Second, Guid Stranger, string FirstTitle, string SecondTitle,
        Web.Features.Forms.FormEntryFile File, Web.Features.Forms.FormEntryFile StrangerFile);

    /// <summary>One person with an entry (and a file) in each of two forms and an invitation, and a stranger in the first form.</summary>
    private async Task<Person> PersonAsync()
    {
        var email = $"lucia.{Guid.NewGuid():N}@prova.it";
        var first = await factory.CreateFormAsync(retentionDays: 365);
        var second = await factory.CreateFormAsync(retentionDays: 365);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var a = await factory.AddEntryAsync(first, now.AddDays(-3), email, withFile: true, name: "Lucia");
        var b = await factory.AddEntryAsync(second, now.AddDays(-1), email, name: "Lucia");
        var stranger = await factory.AddEntryAsync(first, now.AddDays(-2), $"altro.{Guid.NewGuid():N}@prova.it", withFile: true, name: "Estraneo");
        await factory.DbAsync(async db =>
        {
            db.FormInvitations.Add(new FormInvitation { FormId = second, Email = email, TokenHash = Guid.NewGuid().ToString("N"), CreatedUtc = now });
            return await db.SaveChangesAsync();
        });
        var titles = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == first || i.Id == second).ToDictionaryAsync(i => i.Id, i => i.Title));
        return new Person(email, a.Entry.Id, b.Entry.Id, stranger.Entry.Id, titles[first], titles[second], a.File!, stranger.File!);
    }
}

public sealed class PersonalDataTestsOnSqlite(SqliteAppFactory factory) : PersonalDataTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class PersonalDataTestsOnPostgres(PostgresAppFactory factory) : PersonalDataTests(factory), IClassFixture<PostgresAppFactory>;
