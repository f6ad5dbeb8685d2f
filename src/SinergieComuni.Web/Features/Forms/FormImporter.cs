using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// On the first start with demo content on and no form yet, imports the form definitions kept under sync/forms
/// through the publishing workflow, then generates the questionnaire's demo answers. All or nothing.
/// </summary>
public sealed class FormImporter(IOptions<AppOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<FormImporter> logger) : IDataSeeder
{
    public const string QuestionnaireSlug = "questionario-conciliazione";
    public const string ServiceRequestSlug = "richiesta-servizio";
    public const string NetworkMembershipSlug = "adesione-rete";
    public const string ContactSlug = "contatti";

    /// <summary>Registration to an event; the event page fills its hidden "evento" field (?evento={slug}).</summary>
    public const string EventRegistrationSlug = "iscrizione-evento";

    /// <summary>After the demo pages and service cards, before the search index check.</summary>
    public int Order => 110;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!options.Value.ImportDemoContent)
        {
            return;
        }

        var db = services.GetRequiredService<SinergieDbContext>();
        // Any form, even one in the bin, means editors own the forms now: never import over their work.
        if (await db.ContentItems.AnyAsync(i => i.ContentType == ContentTypes.Form, cancellationToken))
        {
            return;
        }

        var folder = Path.Combine(options.Value.ResolveSyncPath(environment.ContentRootPath), "forms");
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Form definitions folder {Folder} not found: the site starts without forms", folder);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var workflow = services.GetRequiredService<PublishWorkflow>();
        var forms = 0;
        var demoAnswers = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var form = JsonSerializer.Deserialize<FormDocument>(await File.ReadAllTextAsync(file, cancellationToken), ContentJson.Options)
                ?? throw new InvalidOperationException($"{Path.GetFileName(file)} is empty.");
            var id = await DemoContentImporter.ImportAsync(workflow, ContentTypes.Form, form, file, cancellationToken);
            forms++;
            if (form.Slug == QuestionnaireSlug)
            {
                var version = await db.ContentItems.Where(i => i.Id == id).Select(i => i.PublishedVersion!.Value).FirstAsync(cancellationToken);
                var entries = QuestionnaireDemoAnswers.Create(form, id, version, clock.GetUtcNow().UtcDateTime);
                db.FormEntries.AddRange(entries);
                await db.SaveChangesAsync(cancellationToken);
                demoAnswers = entries.Count;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Imported {Forms} forms and {Answers} demo answers of the questionnaire from {Folder}", forms, demoAnswers, folder);
    }
}
