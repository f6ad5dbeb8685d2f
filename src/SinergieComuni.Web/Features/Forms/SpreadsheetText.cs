using System.Text;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>Cell text made safe for spreadsheets: no formulas, only characters XML 1.0 allows, within Excel's cell limit.</summary>
public static class SpreadsheetText
{
    public const int MaxCellLength = 32_767;

    /// <summary>
    /// A leading apostrophe stops Excel and LibreOffice from reading the text as a formula (CSV injection):
    /// = + - @ start formulas, a tab or carriage return can hide one.
    /// </summary>
    public static string Neutralise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    /// <summary>Removes characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF).</summary>
    public static string XmlSafe(string text)
    {
        StringBuilder? safe = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2
                : !char.IsSurrogate(c) && (c is '\t' or '\n' or '\r' || c is >= ' ' and <= '\uFFFD') ? 1
                : 0;
            if (length == 0)
            {
                safe ??= new StringBuilder(text.Length).Append(text, 0, i);
                continue;
            }

            safe?.Append(text, i, length);
            i += length - 1;
        }

        return safe?.ToString() ?? text;
    }

    /// <summary>The text of one exported cell: neutralised, XML-safe, and cut to the cell limit.</summary>
    public static string Cell(string? text)
    {
        var safe = Neutralise(XmlSafe(text ?? ""));
        if (safe.Length <= MaxCellLength)
        {
            return safe;
        }

        var cut = char.IsHighSurrogate(safe[MaxCellLength - 1]) ? MaxCellLength - 1 : MaxCellLength;
        return safe[..cut];
    }
}
