using System.IO.Compression;
using System.Text;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// Decides what an uploaded file really is from its bytes (never from its name or the browser's header), and gives it
/// a safe name. SVG, HTML and PHP are recognised in order to be refused with a clear reason, also when they pretend
/// to be images.
/// </summary>
public static class FileInspector
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Every type the inspector recognises, by the name used in <see cref="MediaOptions.AllowedTypes"/>.</summary>
    public static readonly IReadOnlyList<string> KnownTypes = ["jpeg", "png", "webp", "gif", "pdf", "docx", "xlsx", "odt", "ods"];

    public sealed record Kind(string Name, string ContentType, string Extension, bool IsImage, string Label);

    public static readonly Kind Jpeg = new("jpeg", "image/jpeg", ".jpg", true, "JPEG");
    public static readonly Kind Png = new("png", "image/png", ".png", true, "PNG");
    public static readonly Kind WebP = new("webp", "image/webp", ".webp", true, "WebP");
    public static readonly Kind Gif = new("gif", "image/gif", ".gif", true, "GIF");
    public static readonly Kind Pdf = new("pdf", "application/pdf", ".pdf", false, "PDF");
    public static readonly Kind Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", false, "Word (DOCX)");
    public static readonly Kind Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", false, "Excel (XLSX)");
    public static readonly Kind Odt = new("odt", "application/vnd.oasis.opendocument.text", ".odt", false, "LibreOffice Writer (ODT)");
    public static readonly Kind Ods = new("ods", "application/vnd.oasis.opendocument.spreadsheet", ".ods", false, "LibreOffice Calc (ODS)");

    private static readonly Kind[] All = [Jpeg, Png, WebP, Gif, Pdf, Docx, Xlsx, Odt, Ods];

    // Service cards keep their historical list of images; the library follows its configuration.
    private static readonly HashSet<string> CardTypes = ["jpeg", "png", "webp", "pdf", "docx", "xlsx", "odt", "ods"];

    public const string SvgRefused = "I file SVG non sono ammessi perché possono contenere script: esporta l'immagine in PNG o JPEG e caricala di nuovo.";

    public const string CodeRefused = "Il file contiene codice (HTML, PHP o script) e non un'immagine o un documento: non è ammesso.";

    public const string ZipRefused = "Il file è un archivio ZIP e non un documento Word, Excel o LibreOffice: gli archivi non sono ammessi.";

    /// <summary>The file's real kind, or an Italian reason why it is refused (the types of service cards and forms, 10 MB).</summary>
    public static (Kind? Kind, string? Error) Inspect(Stream content, long length, bool imagesOnly) =>
        Inspect(content, length, imagesOnly, CardTypes, MaxBytes);

    /// <summary>The file's real kind, or an Italian reason why it is refused, for the allowed type names and size.</summary>
    public static (Kind? Kind, string? Error) Inspect(Stream content, long length, bool imagesOnly, IReadOnlySet<string> allowed, long maxBytes)
    {
        if (length <= 0)
        {
            return (null, "Il file è vuoto.");
        }

        if (length > maxBytes)
        {
            return (null, $"Il file supera i {maxBytes / 1024 / 1024} MB.");
        }

        var head = new byte[4096];
        var read = ReadFully(content, head);
        content.Position = 0;
        var span = head.AsSpan(0, read);
        Kind? kind = read switch
        {
            >= 3 when span[0] == 0xFF && span[1] == 0xD8 && span[2] == 0xFF => Jpeg,
            >= 8 when span[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) => Png,
            >= 12 when Ascii(span, 0, 4) == "RIFF" && Ascii(span, 8, 4) == "WEBP" => WebP,
            >= 6 when Ascii(span, 0, 6) is "GIF87a" or "GIF89a" => Gif,
            >= 5 when Ascii(span, 0, 5) == "%PDF-" => Pdf,
            _ => null,
        };
        var isZip = read >= 4 && span[0] == 0x50 && span[1] == 0x4B && span[2] == 0x03 && span[3] == 0x04;
        if (isZip)
        {
            kind = OfficeKind(content);
            content.Position = 0;
            if (kind is null)
            {
                return (null, ZipRefused);
            }
        }

        if (kind is null)
        {
            return (null, TextKind(span) switch
            {
                "svg" => SvgRefused,
                "code" => CodeRefused,
                _ => NotAllowed(imagesOnly, allowed),
            });
        }

        if (kind.IsImage && ContainsCode(content))
        {
            return (null, "L'immagine contiene codice nascosto (PHP o script): non è ammessa.");
        }

        content.Position = 0;
        return (imagesOnly && !kind.IsImage) || !allowed.Contains(kind.Name) ? (null, NotAllowed(imagesOnly, allowed)) : (kind, null);
    }

    /// <summary>"Modulo d'iscrizione (2026).PDF" → "modulo-d-iscrizione-2026.pdf".</summary>
    public static string SafeName(string? uploadedName, Kind kind)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName((uploadedName ?? "").Replace('\\', '/').Replace("\0", "", StringComparison.Ordinal)));
        var slug = Content.SlugGenerator.FromTitle(stem.Length == 0 ? "file" : stem);
        return (slug.Length > 80 ? slug[..80] : slug) + kind.Extension;
    }

    /// <summary>
    /// Why an uploaded name is refused, or null: browsers send a bare file name, so a path (slashes, "..") or a
    /// control character (NUL) means a hand-made request.
    /// </summary>
    public static string? NameProblem(string? uploadedName)
    {
        var name = uploadedName ?? "";
        if (name.Any(char.IsControl))
        {
            return "Il nome del file contiene caratteri non ammessi (caratteri di controllo): rinomina il file e riprova.";
        }

        if (name.Contains('/') || name.Contains('\\') || name.Trim() is "." or "..")
        {
            return "Il nome del file non può contenere percorsi di cartelle («/», «\\» o «..»): rinomina il file e riprova.";
        }

        return name.Length > 255 ? "Il nome del file è troppo lungo (al massimo 255 caratteri)." : null;
    }

    /// <summary>"Prima riunione_2026.jpg" → "Prima riunione 2026": a first title for a new library item.</summary>
    public static string TitleFrom(string? uploadedName)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName((uploadedName ?? "").Replace('\\', '/')));
        var title = string.Join(' ', stem.Replace('_', ' ').Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        title = new string([.. title.Where(c => !char.IsControl(c))]);
        return title.Length == 0 ? "Senza titolo" : title.Length > 200 ? title[..200] : title;
    }

    public static Kind? ByContentType(string contentType) => All.FirstOrDefault(k => k.ContentType == contentType);

    private static string NotAllowed(bool imagesOnly, IReadOnlySet<string> allowed)
    {
        var kinds = All.Where(k => allowed.Contains(k.Name) && (!imagesOnly || k.IsImage)).Select(k => k.Label).ToList();
        var list = kinds.Count > 1 ? string.Join(", ", kinds[..^1]) + " o " + kinds[^1] : string.Join("", kinds);
        return imagesOnly
            ? $"Il file non è un'immagine ammessa: carica un'immagine {list}."
            : $"Il tipo di file non è ammesso: sono ammessi {list}.";
    }

    /// <summary>"svg", "code" (HTML, PHP, XML with scripts) or null, for a file that starts as text.</summary>
    private static string? TextKind(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '\0').ToLowerInvariant();
        if (text.Contains("<svg", StringComparison.Ordinal))
        {
            return "svg";
        }

        string[] code = ["<?php", "<?=", "<!doctype html", "<html", "<script", "<?xml", "<body", "<iframe", "<head"];
        return code.Any(c => text.Contains(c, StringComparison.Ordinal)) ? "code" : null;
    }

    /// <summary>Images that carry PHP or a script tag somewhere (a comment, a metadata block): the polyglot trick.</summary>
    private static bool ContainsCode(Stream content)
    {
        content.Position = 0;
        var buffer = new byte[64 * 1024 + 16];
        var carried = 0;
        int read;
        while ((read = content.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            var span = buffer.AsSpan(0, carried + read);
            if (IndexOfIgnoreCase(span, "<?php"u8) >= 0 || IndexOfIgnoreCase(span, "<script"u8) >= 0)
            {
                return true;
            }

            carried = Math.Min(16, span.Length);
            span[^carried..].CopyTo(buffer);
        }

        return false;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        for (var start = 0; start <= haystack.Length - needle.Length; start++)
        {
            var index = haystack[start..].IndexOf(needle[0]);
            if (index < 0)
            {
                return -1;
            }

            start += index;
            if (start > haystack.Length - needle.Length)
            {
                return -1;
            }

            var match = true;
            for (var i = 1; i < needle.Length && match; i++)
            {
                match = (haystack[start + i] | 0x20) == (needle[i] | 0x20);
            }

            if (match)
            {
                return start;
            }
        }

        return -1;
    }

    private static int ReadFully(Stream content, byte[] buffer)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = content.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static Kind? OfficeKind(Stream content)
    {
        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > 10_000)
            {
                return null;
            }

            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                if (mimetype.Length > 200)
                {
                    return null;
                }

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

    private static string Ascii(ReadOnlySpan<byte> bytes, int offset, int count) => Encoding.ASCII.GetString(bytes.Slice(offset, count));
}
