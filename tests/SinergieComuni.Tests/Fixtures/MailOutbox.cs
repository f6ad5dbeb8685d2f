using System.Text;
using System.Text.RegularExpressions;

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

    private static string DecodeBody(string eml)
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
            var joined = body.Replace("=\r\n", "", StringComparison.Ordinal);
            var bytes = new List<byte>();
            for (var i = 0; i < joined.Length; i++)
            {
                if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
                {
                    bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
                }
            }

            return Encoding.UTF8.GetString([.. bytes]);
        }

        return body;
    }

    public static string FirstLink(string text)
    {
        var match = LinkPattern().Match(text);
        Assert.True(match.Success, "The message has no link.");
        return match.Value;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
