using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// The anti-spam token a shown form carries: which form, a submission id (so a repeated post is stored once) and
/// when it was shown (so a form filled faster than a person can is taken for a bot). It is encrypted and signed with
/// the site's data-protection keys, which live in the database for every instance.
/// </summary>
public sealed class FormGuard(IDataProtectionProvider protection, TimeProvider clock, IOptions<FormOptions> options)
{
    /// <summary>The honeypot: invisible to people, tempting to bots.</summary>
    public const string HoneypotName = "sito_web";

    public const string TokenName = "modulo_token";

    public enum Verdict
    {
        Person,
        Bot,
        Expired,
    }

    private IDataProtector Protector => protection.CreateProtector("SinergieComuni.Forms.Guard.v1");

    public string Issue(Guid formId) => Issue(formId, Guid.NewGuid());

    /// <summary>A token for the same submission, re-issued when the form is shown again with errors.</summary>
    public string Issue(Guid formId, Guid submissionId) =>
        Protector.Protect(string.Join('|', formId.ToString("N"), submissionId.ToString("N"),
            clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture)));

    public (Verdict Verdict, Guid SubmissionId) Check(Guid formId, string? token, string? honeypot)
    {
        if (!string.IsNullOrEmpty(honeypot))
        {
            return (Verdict.Bot, Guid.Empty);
        }

        string payload;
        try
        {
            payload = Protector.Unprotect(token ?? "");
        }
        catch (CryptographicException)
        {
            return (Verdict.Expired, Guid.Empty);
        }

        var parts = payload.Split('|');
        if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out var form) || form != formId
            || !Guid.TryParseExact(parts[1], "N", out var submission)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return (Verdict.Expired, Guid.Empty);
        }

        var age = clock.GetUtcNow().UtcDateTime - new DateTime(ticks, DateTimeKind.Utc);
        if (age > TimeSpan.FromHours(options.Value.TokenLifetimeHours))
        {
            return (Verdict.Expired, submission);
        }

        return age < TimeSpan.FromSeconds(options.Value.MinFillSeconds) ? (Verdict.Bot, submission) : (Verdict.Person, submission);
    }
}
