namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// A page kept as a file under sync/content/pages: a header of `key: value` lines between two `---` lines
/// (title, slug, summary, sortOrder), then the body as an HTML fragment.
/// </summary>
public sealed record SyncPageFile(string Slug, string Title, string Summary, int SortOrder, string BodyHtml)
{
    public static SyncPageFile Parse(string text, string fileName)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 2 || lines[0].Trim() != "---")
        {
            throw new FormatException($"{fileName}: the file must start with a '---' header.");
        }

        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var index = 1;
        for (; index < lines.Length && lines[index].Trim() != "---"; index++)
        {
            var separator = lines[index].IndexOf(':', StringComparison.Ordinal);
            if (separator > 0)
            {
                header[lines[index][..separator].Trim()] = lines[index][(separator + 1)..].Trim();
            }
        }

        if (index >= lines.Length)
        {
            throw new FormatException($"{fileName}: the header is not closed by '---'.");
        }

        string Required(string key) => header.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"{fileName}: '{key}' is missing from the header.");

        var sortOrder = header.TryGetValue("sortOrder", out var order) && int.TryParse(order, out var parsed) ? parsed : 0;
        var body = string.Join('\n', lines[(index + 1)..]).Trim();
        return new SyncPageFile(Required("slug"), Required("title"), header.GetValueOrDefault("summary") ?? "", sortOrder, body);
    }
}
