using System.Globalization;
using System.Text;

namespace SinergieComuni.Web.Features.Content;

/// <summary>Italian titles to slugs: "Nido d'infanzia «Il Girasole»" → "nido-d-infanzia-il-girasole".</summary>
public static class SlugGenerator
{
    public const int PreferredLength = 80;

    public static string FromTitle(string title)
    {
        var decomposed = title.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(lower);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var result = slug.ToString();
        if (result.Length > PreferredLength)
        {
            var cut = result.LastIndexOf('-', PreferredLength);
            result = result[..(cut > 20 ? cut : PreferredLength)].TrimEnd('-');
        }

        return result.Length == 0 ? "senza-titolo" : result;
    }
}
