using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Forms;

/// <summary>
/// /moduli/{slug}: a published form. Shown with an anti-spam token; on post it is read against its definition,
/// bots get the normal success page with nothing stored, people get their errors with their values kept.
/// </summary>
[EnableRateLimiting(FormsFeature.SubmitRateLimit)]
public sealed class FormPageModel(
    FormDefinitions definitions,
    FormGuard guard,
    FormSubmissions submissions,
    FormInvitations invitations,
    SinergieDbContext db,
    TimeProvider clock,
    ILogger<FormPageModel> logger) : PageModel
{
    public FormDocument Form { get; private set; } = null!;

    public ContentItem Item { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public IReadOnlyDictionary<string, string[]> Values { get; private set; } = new Dictionary<string, string[]>();

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public FormVisibility Visibility { get; private set; } = null!;

    /// <summary>Why the form cannot be filled now (closed, not yet open, personal link needed), or null.</summary>
    public string? Unavailable { get; private set; }

    public bool NeedsInvitation { get; private set; }

    public string? InvitationToken { get; private set; }

    public string? GeneralError { get; private set; }

    /// <summary>Title of the service a service-request form is about (from the "servizio" parameter).</summary>
    public string? ServiceTitle { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "invito")] string? invitation, CancellationToken cancellationToken)
    {
        var published = await LoadAsync(slug, cancellationToken);
        if (published is null)
        {
            return NotFound();
        }

        if (Unavailable is null && Form.Settings.OneAnswerPerPerson)
        {
            var found = invitation is null ? null : await invitations.FindUnusedAsync(Item.Id, invitation, cancellationToken);
            if (found is null)
            {
                NeedsInvitation = true;
                if (invitation is not null)
                {
                    GeneralError = "Il link personale non è valido oppure è già stato usato per rispondere. Puoi chiederne uno nuovo qui sotto.";
                }

                return Page();
            }

            InvitationToken = invitation;
        }

        var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var field in Form.AllFields().Where(f => f.HasAnswer))
        {
            var value = field.QueryParameter is { Length: > 0 } parameter && Request.Query[parameter].FirstOrDefault() is { Length: > 0 and <= 500 } fromUrl
                ? fromUrl
                : field.DefaultValue;
            if (value is { Length: > 0 })
            {
                values[SubmissionReader.InputName(field)] = [value];
            }
        }

        await ShowAsync(values, new Dictionary<string, string>(), Guid.NewGuid(), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        var published = await LoadAsync(slug, cancellationToken);
        if (published is null)
        {
            return NotFound();
        }

        // FormPostLimits has already read the body within the limits.
        var posted = await Request.ReadFormAsync(cancellationToken);
        if (Unavailable is not null)
        {
            return Page();
        }

        var (verdict, submissionId) = guard.Check(Item.Id, posted[FormGuard.TokenName], posted[FormGuard.HoneypotName]);
        if (verdict == FormGuard.Verdict.Bot)
        {
            logger.LogInformation("A submission to form {Slug} looked automated and was not stored", slug);
            return Done(slug);
        }

        var result = SubmissionReader.Read(Form, posted);

        FormInvitation? invitation = null;
        if (Form.Settings.OneAnswerPerPerson)
        {
            InvitationToken = posted["invito"].FirstOrDefault();
            invitation = InvitationToken is null ? null : await invitations.FindUnusedAsync(Item.Id, InvitationToken, cancellationToken);
            if (invitation is null)
            {
                NeedsInvitation = true;
                GeneralError = "Il link personale non è valido oppure è già stato usato per rispondere.";
                return Page();
            }
        }

        if (verdict == FormGuard.Verdict.Expired)
        {
            GeneralError = "La pagina del modulo è scaduta. Abbiamo conservato le tue risposte (tranne eventuali file): controllale e invia di nuovo.";
            await ShowAsync(result.Posted, result.Errors, Guid.NewGuid(), cancellationToken);
            return Page();
        }

        if (!result.IsValid)
        {
            await ShowAsync(result.Posted, result.Errors, submissionId, cancellationToken);
            return Page();
        }

        try
        {
            await submissions.StoreAsync(published, submissionId, result, invitation, cancellationToken);
        }
        catch (AlreadyAnsweredException)
        {
            NeedsInvitation = true;
            GeneralError = "Con questo link personale è già stata inviata una risposta.";
            return Page();
        }

        return Done(slug);
    }

    /// <summary>Asks for a personal link (one answer per person). The reply is the same whether or not the address is known.</summary>
    public async Task<IActionResult> OnPostInvitationAsync(string slug, [FromForm(Name = "email")] string? email, CancellationToken cancellationToken)
    {
        var published = await LoadAsync(slug, cancellationToken);
        if (published is null)
        {
            return NotFound();
        }

        NeedsInvitation = true;
        if (Unavailable is not null || !Form.Settings.OneAnswerPerPerson)
        {
            return Page();
        }

        if (!FormRules.IsEmail(email?.Trim()))
        {
            GeneralError = "Scrivi un indirizzo email valido, per esempio nome@esempio.it.";
            return Page();
        }

        await invitations.SendAsync(published, email!.Trim(), $"{Request.Scheme}://{Request.Host}", cancellationToken);
        TempData["Invito"] = "Se l'indirizzo può rispondere, riceverai a breve un'email con il tuo link personale al modulo.";
        return Redirect($"/moduli/{slug}");
    }

    private IActionResult Done(string slug) =>
        Form.Settings.RedirectUrl is { Length: > 0 } target && FormRules.IsSafeRedirect(target)
            ? Redirect(target)
            : Redirect($"/moduli/{slug}/grazie");

    private async Task<FormDefinitions.Published?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var published = ContentSlug.IsValid(slug) ? await definitions.FindPublishedAsync(slug, cancellationToken) : null;
        if (published is null)
        {
            return null;
        }

        Form = published.Form;
        Item = published.Item;
        var now = clock.GetUtcNow().UtcDateTime;
        var italian = System.Globalization.CultureInfo.GetCultureInfo("it-IT");
        if (Form.Settings.OpensUtc is { } opens && now < opens)
        {
            Unavailable = $"Il modulo sarà aperto dal {opens.ToRomeTime().ToString("d MMMM yyyy 'alle' HH:mm", italian)}.";
        }
        else if (Form.Settings.ClosesUtc is { } closes && now >= closes)
        {
            Unavailable = $"Il modulo è stato chiuso il {closes.ToRomeTime().ToString("d MMMM yyyy 'alle' HH:mm", italian)}: non accetta più risposte.";
        }

        ViewData["Title"] = Form.Title;
        ViewData["Description"] = Form.Intro;
        ViewData["Updated"] = published.Item.PublishedUtc ?? published.Item.UpdatedUtc;
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Moduli"), new(Form.Title) };
        Visibility = FormVisibility.Evaluate(Form, new Dictionary<string, string[]>());
        return published;
    }

    private async Task ShowAsync(IReadOnlyDictionary<string, string[]> values, IReadOnlyDictionary<string, string> errors, Guid submissionId, CancellationToken cancellationToken)
    {
        Values = values;
        Errors = errors;
        Token = guard.Issue(Item.Id, submissionId);
        var answers = Form.AllFields().Where(f => f.HasAnswer)
            .ToDictionary(f => f.Key, f => values.TryGetValue(SubmissionReader.InputName(f), out var v) ? v : [], StringComparer.Ordinal);
        Visibility = FormVisibility.Evaluate(Form, answers);
        if (errors.Count > 0)
        {
            ViewData["Title"] = $"Errore: {Form.Title}";
        }

        var service = Form.AllFields().FirstOrDefault(f => f.QueryParameter == "servizio");
        if (service is not null && values.TryGetValue(SubmissionReader.InputName(service), out var slugs) && slugs.FirstOrDefault() is { } serviceSlug && ContentSlug.IsValid(serviceSlug))
        {
            ServiceTitle = await db.ContentItems.AsNoTracking()
                .Where(i => i.ContentType == ContentTypes.Service && i.PublishedSlug == serviceSlug && i.DeletedUtc == null)
                .Select(i => i.PublishedTitle)
                .FirstOrDefaultAsync(cancellationToken);
        }
    }

    public string[] ValuesOf(string inputName) => Values.TryGetValue(inputName, out var v) ? v : [];

    public string? ErrorOf(FormField field) => Errors.TryGetValue(field.Key, out var e) ? e : null;
}
