using System.IO.Compression;
using System.Text;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// Decides what an uploaded file really is from its bytes (never from its name or the browser's header), and gives it
/// a safe name. Only the types a service card needs are accepted here; the media library widens the list.
/// </summary>
public static class FileInspector
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public sealed record Kind(string ContentType, string Extension, bool IsImage);

    private static readonly Kind Jpeg = new("image/jpeg", ".jpg", true);
    private static readonly Kind Png = new("image/png", ".png", true);
    private static readonly Kind WebP = new("image/webp", ".webp", true);
    private static readonly Kind Pdf = new("application/pdf", ".pdf", false);
    private static readonly Kind Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", false);
    private static readonly Kind Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", false);
    private static readonly Kind Odt = new("application/vnd.oasis.opendocument.text", ".odt", false);
    private static readonly Kind Ods = new("application/vnd.oasis.opendocument.spreadsheet", ".ods", false);

    /// <summary>The file's real kind, or an Italian reason why it is refused.</summary>
    public static (Kind? Kind, string? Error) Inspect(Stream content, long length, bool imagesOnly)
    {
        if (length <= 0)
        {
            return (null, "Il file è vuoto.");
        }

        if (length > MaxBytes)
        {
            return (null, "Il file supera i 10 MB.");
        }

        var head = new byte[16];
        var read = content.Read(head, 0, head.Length);
        content.Position = 0;
        Kind? kind = read switch
        {
            >= 3 when head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF => Jpeg,
            >= 8 when head.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) => Png,
            >= 12 when Ascii(head, 0, 4) == "RIFF" && Ascii(head, 8, 4) == "WEBP" => WebP,
            >= 5 when Ascii(head, 0, 5) == "%PDF-" => Pdf,
            >= 4 when head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04 => OfficeKind(content),
            _ => null,
        };
        content.Position = 0;
        if (kind is null)
        {
            return (null, imagesOnly
                ? "Il file non è un'immagine JPEG, PNG o WebP."
                : "Il tipo di file non è ammesso: carica un PDF, un documento Word o LibreOffice, un foglio di calcolo o un'immagine.");
        }

        return imagesOnly && !kind.IsImage ? (null, "Il file non è un'immagine JPEG, PNG o WebP.") : (kind, null);
    }

    /// <summary>"Modulo d'iscrizione (2026).PDF" → "modulo-d-iscrizione-2026.pdf".</summary>
    public static string SafeName(string? uploadedName, Kind kind)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName((uploadedName ?? "").Replace('\\', '/').Replace("\0", "", StringComparison.Ordinal)));
        var slug = Content.SlugGenerator.FromTitle(stem.Length == 0 ? "file" : stem);
        return (slug.Length > 80 ? slug[..80] : slug) + kind.Extension;
    }

    private static Kind? OfficeKind(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > 10_000)
            {
                return null;
            }

            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                return reader.ReadToEnd().Trim() switch
                {
                    "application/vnd.oasis.opendocument.text" => Odt,
                    "application/vnd.oasis.opendocument.spreadsheet" => Ods,
                    _ => null,
                };
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return null;
            }

            return zip.GetEntry("word/document.xml") is not null ? Docx : zip.GetEntry("xl/workbook.xml") is not null ? Xlsx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string Ascii(byte[] bytes, int offset, int count) => Encoding.ASCII.GetString(bytes, offset, count);
}
