using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace SinergieComuni.Web.Infrastructure;

/// <summary>Sends mail through SMTP, or drops it as .eml files in the outbox folder when no SMTP host is configured.</summary>
public sealed class MailSender(IOptions<MailOptions> mailOptions, IOptions<AppOptions> appOptions, IHostEnvironment environment, ILogger<MailSender> logger)
{
    public string OutboxPath
    {
        get
        {
            var path = Path.Combine(appOptions.Value.ResolveDataPath(environment.ContentRootPath), mailOptions.Value.OutboxFolder);
            Directory.CreateDirectory(path);
            return path;
        }
    }

    public async Task SendAsync(string to, string subject, string textBody, CancellationToken cancellationToken)
    {
        var options = mailOptions.Value;
        using var message = new MailMessage(new MailAddress(ParseAddress(options.From).Address, ParseAddress(options.From).DisplayName), new MailAddress(to))
        {
            Subject = subject,
            Body = textBody,
            IsBodyHtml = false,
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
        };

        using var client = string.IsNullOrWhiteSpace(options.SmtpHost)
            ? new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = OutboxPath }
            : new SmtpClient(options.SmtpHost, options.SmtpPort)
            {
                EnableSsl = options.SmtpEnableSsl,
                Credentials = string.IsNullOrEmpty(options.SmtpUser) ? null : new NetworkCredential(options.SmtpUser, options.SmtpPassword),
            };

        // SmtpClient ignores the token while it waits for the server's answers (up to its 100 s timeout); leaving the
        // wait makes the using dispose the client, which drops the connection. The outbox worker relies on this to stop.
        await client.SendMailAsync(message, cancellationToken).WaitAsync(cancellationToken);
        logger.LogInformation("Mail {Subject} sent to {Recipient} via {Channel}", subject, to, options.SmtpHost ?? "outbox");
    }

    private static MailAddress ParseAddress(string value) => new(value);
}
