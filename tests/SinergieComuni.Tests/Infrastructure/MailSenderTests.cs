using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Tests.Infrastructure;

public sealed class MailSenderTests
{
    private static MailSender Create(MailOptions mail, string dataPath) => new(
        Options.Create(mail),
        Options.Create(new AppOptions { DataPath = dataPath }),
        new FakeEnvironment(),
        NullLogger<MailSender>.Instance);

    [Fact]
    public async Task Without_an_SMTP_host_mail_is_written_to_the_outbox_folder()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "sinergie-mail-" + Guid.NewGuid().ToString("N"));
        var sender = Create(new MailOptions(), dataPath);

        await sender.SendAsync("destinataria@prova.it", "Prova", "Testo con accenti: perché è così.", CancellationToken.None);

        var eml = Assert.Single(Directory.GetFiles(Path.Combine(dataPath, "mail-outbox"), "*.eml"));
        Assert.Contains("To: destinataria@prova.it", await File.ReadAllTextAsync(eml), StringComparison.Ordinal);
        Directory.Delete(dataPath, recursive: true);
    }

    [Fact]
    public async Task With_an_SMTP_host_mail_goes_to_the_SMTP_server()
    {
        await using var smtp = new LoopbackSmtpServer();
        var dataPath = Path.Combine(Path.GetTempPath(), "sinergie-mail-" + Guid.NewGuid().ToString("N"));
        var sender = Create(new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = smtp.Port, SmtpEnableSsl = false }, dataPath);

        await sender.SendAsync("gestore@prova.it", "Invito", "Corpo del messaggio", CancellationToken.None);

        var message = Assert.Single(smtp.Messages);
        Assert.Equal("<gestore@prova.it>", Assert.Single(message.To));
        Assert.Contains("noreply@sinergiecomuni.local", message.From, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dataPath, "mail-outbox")) && Directory.GetFiles(Path.Combine(dataPath, "mail-outbox")).Length > 0);
    }

    private sealed class FakeEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "SinergieComuni.Web";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
