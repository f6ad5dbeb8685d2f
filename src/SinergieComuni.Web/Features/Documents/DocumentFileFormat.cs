using System.Globalization;

namespace SinergieComuni.Web.Features.Documents;

/// <summary>The file types a library document may have, and how its format and size are shown ("PDF, 120 kB").</summary>
public static class DocumentFileFormat
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["application/pdf"] = "PDF",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = "DOCX",
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = "XLSX",
        ["application/vnd.oasis.opendocument.text"] = "ODT",
        ["application/vnd.oasis.opendocument.spreadsheet"] = "ODS",
    };

    public static bool IsAllowed(string contentType) => Labels.ContainsKey(contentType);

    public static string Label(string contentType) => Labels.GetValueOrDefault(contentType, "file");

    /// <summary>Italian decimal sizes: "850 byte", "120 kB", "1,4 MB".</summary>
    public static string Size(long bytes)
    {
        var italian = CultureInfo.GetCultureInfo("it-IT");
        return bytes switch
        {
            < 1000 => $"{bytes} byte",
            < 1_000_000 => $"{Math.Max(1, Math.Round(bytes / 1000.0)).ToString("0", italian)} kB",
            _ => $"{(bytes / 1_000_000.0).ToString("0.#", italian)} MB",
        };
    }

    public static string Describe(string contentType, long bytes) => $"{Label(contentType)}, {Size(bytes)}";
}
