using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Tests.Fixtures;

/// <summary>Reads the .eml files the site drops in its outbox folder when no SMTP server is configured.</summary>
public static partial class MailOutbox
{
    public static string Folder(SinergieAppFactory factory) => Path.Combine(factory.DataPath, "mail-outbox");

    /// <summary>The decoded text body of the one message sent to <paramref name="recipient"/>.</summary>
    public static string SingleMessageTo(SinergieAppFactory factory, string recipient)
    {
        var folder = Folder(factory);
        Assert.True(Directory.Exists(folder), $"No outbox folder at {folder}.");
        var messages = Directory.GetFiles(folder, "*.eml")
            .Select(File.ReadAllText)
            .Where(m => m.Contains("To: " + recipient, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return DecodeBody(Assert.Single(messages));
    }

    /// <summary>Every .eml file in the outbox folder, as raw text.</summary>
    public static List<string> AllMessages(SinergieAppFactory factory)
    {
        var folder = Folder(factory);
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText)] : [];
    }

    /// <summary>
    /// Waits until the site's outbox worker has sent (or given up on) every message that is due, e.g. after a request
    /// that queued a notification: the worker sends it in the background, a moment after the request committed.
    /// </summary>
    public static async Task WaitForOutboxAsync(SinergieAppFactory factory, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var now = factory.Clock.GetUtcNow().UtcDateTime;
                var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
                if (!await db.OutboxMessages.AnyAsync(m => m.SentUtc == null && m.FailedUtc == null && m.NextAttemptUtc <= now))
                {
                    return;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, "The outbox still has unsent due messages.");
            await Task.Delay(50);
        }
    }

    /// <summary>The decoded text body of a raw message (an .eml file or the data of an SMTP transaction).</summary>
    public static string DecodeBody(string eml)
    {
        var split = eml.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = eml[..split];
        var body = eml[(split + 4)..];
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split("\r\n"))));
        }

        if (headers.Contains("Content-Transfer-Encoding: quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8.GetString(DecodeQuoted(body.Replace("=\r\n", "", StringComparison.Ordinal)));
        }

        return body;
    }

    /// <summary>The decoded Subject header of a raw message (RFC 2047 encoded words in UTF-8, as .NET writes them).</summary>
    public static string Subject(string raw)
    {
        var headers = raw[..raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);
        var line = headers.Split("\r\n").FirstOrDefault(l => l.StartsWith("Subject: ", StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(line);
        var value = SpaceBetweenEncodedWords().Replace(line["Subject: ".Length..], "");
        return EncodedWord().Replace(value, m =>
        {
            var text = m.Groups[2].Value;
            var bytes = m.Groups[1].Value is "B" or "b"
                ? Convert.FromBase64String(text)
                : DecodeQuoted(text.Replace('_', ' '));
            return Encoding.UTF8.GetString(bytes);
        });
    }

    private static byte[] DecodeQuoted(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"=\?utf-8\?([BbQq])\?([^?]*)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"(?<=\?=)\s+(?==\?)")]
    private static partial Regex SpaceBetweenEncodedWords();

    public static string FirstLink(string text)
    {
        var match = LinkPattern().Match(text);
        Assert.True(match.Success, "The message has no link.");
        return match.Value;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
