using System.Text.Json;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;

namespace SinergieComuni.Tests.Forms;

/// <summary>The form definitions kept under sync/forms are valid forms, before any database is involved.</summary>
public sealed class SeedFormDefinitionTests
{
    private static readonly string[] SeedSlugs =
        [FormImporter.QuestionnaireSlug, FormImporter.ServiceRequestSlug, FormImporter.NetworkMembershipSlug, FormImporter.ContactSlug, FormImporter.EventRegistrationSlug];

    public static TheoryData<string> Slugs => new(SeedSlugs);

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Seed_form_definition_passes_the_form_rules(string slug)
    {
        var form = Load(slug);

        Assert.Equal(slug, form.Slug);
        var errors = FormRules.Validate(form);
        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        Assert.Contains(form.AllFields(), f => f.Type == FormFieldType.Consent && f.Required);
    }

    [Fact]
    public void The_sync_folder_holds_exactly_the_five_seed_forms()
    {
        var files = Directory.GetFiles(Path.Combine(SyncFolder(), "forms"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(SeedSlugs.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void The_questionnaire_has_the_five_sections_and_asks_smart_working_days_only_outside_full_presence()
    {
        var form = Load(FormImporter.QuestionnaireSlug);

        Assert.Equal(["Profilo", "Lavoro", "Conciliazione", "Smart working", "Consenso e commenti"], form.Pages.Select(p => p.Title));
        Assert.Null(form.AllFields().FirstOrDefault(f => f.Type == FormFieldType.Email));
        Assert.True(form.Settings is { PublicResults: true, ShowSummary: true, RetentionDays: > 0 });
        var municipalities = Municipalities();
        Assert.Equal([.. municipalities, "altro"], form.Field("comune-residenza")!.Options.Select(o => o.Value));
        Assert.Equal(FormFieldType.Matrix, form.Field("effetti-smart-working")!.Type);
        Assert.Equal(["conciliazione", "produttivita", "benessere"], form.Field("effetti-smart-working")!.Rows.Select(r => r.Value));

        var working = new Dictionary<string, string[]> { ["condizione"] = ["dipendente"] };
        Assert.False(Visible(form, working, "giorni-smart-working"));
        Assert.False(Visible(form, new(working) { ["modalita"] = ["presenza"] }, "giorni-smart-working"));
        Assert.True(Visible(form, new(working) { ["modalita"] = ["mista"] }, "giorni-smart-working"));
        Assert.True(Visible(form, new(working) { ["modalita"] = ["smart-working"] }, "giorni-smart-working"));
        Assert.False(Visible(form, new() { ["condizione"] = ["in-cerca"], ["modalita"] = ["mista"] }, "giorni-smart-working"));
    }

    [Fact]
    public void The_service_request_takes_the_service_from_the_address_and_keeps_the_need_sensitive()
    {
        var form = Load(FormImporter.ServiceRequestSlug);

        var service = form.Field("servizio")!;
        Assert.Equal(FormFieldType.Hidden, service.Type);
        Assert.Equal("servizio", service.QueryParameter);
        Assert.True(form.Field("bisogno")!.Sensitive);
        Assert.Equal("email", form.Field("email")!.Autocomplete);
        Assert.Equal([.. Municipalities(), "altro"], form.Field("comune")!.Options.Select(o => o.Value));
        Assert.True(form.Settings.ConfirmationEmail);
        Assert.Equal(["SocialManager"], form.Settings.NotifyRoles);
        Assert.Equal(["SocialManager"], form.Settings.ReaderRoles);
        Assert.Equal(365, form.Settings.RetentionDays);
    }

    [Theory]
    [InlineData("adesione-rete")]
    [InlineData("contatti")]
    public void Network_membership_and_contact_forms_notify_the_editors(string slug)
    {
        Assert.Equal(["Editor"], Load(slug).Settings.NotifyRoles);
    }

    private static bool Visible(FormDocument form, Dictionary<string, string[]> answers, string key) =>
        FormVisibility.Evaluate(form, answers).IsVisible(form.Field(key)!);

    public static FormDocument Load(string slug) =>
        JsonSerializer.Deserialize<FormDocument>(File.ReadAllText(Path.Combine(SyncFolder(), "forms", slug + ".json")), ContentJson.Options)!;

    private static List<string> Municipalities()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SyncFolder(), "taxonomy", "municipalities.json")));
        return [.. json.RootElement.EnumerateArray().Select(m => m.GetProperty("key").GetString()!)];
    }

    /// <summary>The repository's sync folder (the sources, not a copy in the build output).</summary>
    private static string SyncFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SinergieComuni.Web.sln")))
            {
                return Path.Combine(folder.FullName, "sync");
            }
        }

        throw new DirectoryNotFoundException("The repository root (SinergieComuni.Web.sln) was not found above the test binaries.");
    }
}
