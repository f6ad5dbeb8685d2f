using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// Personal links for forms that take one answer per person: one invitation per address and form; asking again
/// sends a fresh link while it is unused. Only a hash of the token is stored.
/// </summary>
public sealed class FormInvitations(SinergieDbContext db, TimeProvider clock, Outbox outbox)
{
    public async Task<FormInvitation?> FindUnusedAsync(Guid formId, string token, CancellationToken cancellationToken)
    {
        if (token.Length is < 20 or > 100)
        {
            return null;
        }

        var hash = Hash(token);
        return await db.FormInvitations.AsNoTracking()
            .FirstOrDefaultAsync(i => i.FormId == formId && i.TokenHash == hash && i.UsedUtc == null, cancellationToken);
    }

    public async Task SendAsync(FormDefinitions.Published published, string email, string baseUrl, CancellationToken cancellationToken)
    {
        var address = email.ToLowerInvariant();
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.FormInvitations.FirstOrDefaultAsync(i => i.FormId == published.Item.Id && i.Email == address, cancellationToken);
        if (invitation is { UsedUtc: not null })
        {
            return;
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        if (invitation is null)
        {
            invitation = new FormInvitation { FormId = published.Item.Id, Email = address, CreatedUtc = now };
            db.FormInvitations.Add(invitation);
        }

        invitation.TokenHash = Hash(token);
        outbox.Enqueue(
            address,
            $"Il tuo link per rispondere – {published.Form.Title}",
            $"Gentile utente,\n\nper rispondere al modulo «{published.Form.Title}» usa questo link personale:\n\n"
                + $"{baseUrl.TrimEnd('/')}/moduli/{published.Item.PublishedSlug}?invito={token}\n\n"
                + "Il link vale per una sola risposta: non inoltrarlo.\nSe non l'hai chiesto tu, ignora questa email.\n\n"
                + "Rete territoriale di conciliazione vita-lavoro – SinergieComuni\n");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two requests for the same address at once: the other one sent the link.
            db.ChangeTracker.Clear();
        }
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
