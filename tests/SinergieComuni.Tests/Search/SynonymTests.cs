using System.Net;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;
using SinergieComuni.Web.Features.Search;

namespace SinergieComuni.Tests.Search;

public sealed class SynonymExpanderTests
{
    private static readonly SynonymExpander Expander = new(
    [
        ["doposcuola", "post-scuola"],
        ["badante", "assistenza domiciliare"],
        ["nido", "asilo nido"],
    ]);

    [Fact]
    public void A_word_finds_the_phrases_of_its_group()
    {
        var match = Assert.Single(Expander.Find(ItalianAnalyzer.Terms("cerco una badante a Melegnano")));

        Assert.Equal(1, match.Length);
        Assert.Equal([ItalianAnalyzer.Terms("assistenza domiciliare").ToArray()], match.Alternatives);
    }

    [Fact]
    public void A_phrase_matches_in_its_analysed_form_including_plurals_and_hyphens()
    {
        var matches = Expander.Find(ItalianAnalyzer.Terms("servizi di post scuola"));

        var match = Assert.Single(matches);
        Assert.Equal(2, match.Length);
        Assert.Equal([ItalianAnalyzer.Terms("doposcuola").ToArray()], match.Alternatives);
    }

    [Fact]
    public void Overlapping_phrases_are_all_offered()
    {
        var matches = Expander.Find(ItalianAnalyzer.Terms("asilo nido"));

        Assert.Equal(2, matches.Count);
        Assert.Contains(matches, m => m.Length == 2 && m.Alternatives.Single().SequenceEqual(ItalianAnalyzer.Terms("nido")));
        Assert.Contains(matches, m => m.Length == 1 && m.Alternatives.Single().SequenceEqual(ItalianAnalyzer.Terms("asilo nido")));
    }

    [Fact]
    public void Unrelated_queries_have_no_synonyms() => Assert.Empty(Expander.Find(ItalianAnalyzer.Terms("centro diurno")));
}

public sealed class SynonymEditingTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Demo_synonyms_are_imported_and_editors_add_change_and_remove_groups_with_audit()
    {
        var email = $"redazione-{Guid.NewGuid():N}@prova.it";
        var password = await factory.CreateUserAsync(email, Roles.Editor);
        using var client = factory.CreateBrowserLikeClient();
        await client.LogInAsync(email, password);

        Assert.True(await factory.DbAsync(db => db.SynonymGroups.AnyAsync(g => g.Phrases.Contains("doposcuola"))));
        var invalid = await client.SubmitAsync("/backoffice/sinonimi", [new("Phrases", "solo una parola")], "/backoffice/sinonimi?handler=Add");
        var stopWordsOnly = await client.SubmitAsync("/backoffice/sinonimi", [new("Phrases", "ludoteca, di la")], "/backoffice/sinonimi?handler=Add");
        var added = await client.SubmitAsync("/backoffice/sinonimi", [new("Phrases", "ludoteca, spazio gioco, ludoteca")], "/backoffice/sinonimi?handler=Add");

        Assert.Contains("almeno due parole", WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("solo parole che la ricerca ignora", WebUtility.HtmlDecode(await stopWordsOnly.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var group = await factory.DbAsync(db => db.SynonymGroups.SingleAsync(g => g.Phrases.StartsWith("ludoteca")));
        Assert.Equal("ludoteca, spazio gioco", group.Phrases);

        var id = group.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await client.SubmitAsync("/backoffice/sinonimi", [new("Phrases", "ludoteca, spazio gioco, sala giochi")], $"/backoffice/sinonimi?handler=Save&id={id}");
        Assert.Equal("ludoteca, spazio gioco, sala giochi", await factory.DbAsync(db => db.SynonymGroups.Where(g => g.Id == group.Id).Select(g => g.Phrases).SingleAsync()));
        await client.SubmitAsync("/backoffice/sinonimi", [], $"/backoffice/sinonimi?handler=Delete&id={id}");
        Assert.False(await factory.DbAsync(db => db.SynonymGroups.AnyAsync(g => g.Id == group.Id)));
        Assert.Equal(3, await factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.SynonymsChange && a.UserName == email)));
    }

    [Fact]
    public async Task Partner_staff_cannot_open_the_synonyms()
    {
        var email = $"referente-{Guid.NewGuid():N}@prova.it";
        var password = await factory.CreateUserAsync(email, Guid.NewGuid(), Roles.PartnerRepresentative);
        using var client = factory.CreateBrowserLikeClient();
        await client.LogInAsync(email, password);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/backoffice/sinonimi")).StatusCode);
    }
}
