using System.Globalization;
using System.Text;

namespace SinergieComuni.BrowserTests.Infrastructure;

/// <summary>Where failed tests leave their screenshots and traces: a "failures" folder in the test output directory.</summary>
public static class FailureArtifacts
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "failures");

    public static string EnsureFolder()
    {
        Directory.CreateDirectory(Folder);
        return Folder;
    }

    /// <summary>A file name (without extension) from the test name and an optional variant such as the page's path.</summary>
    public static string FileName(string testName, string? variant)
    {
        var name = new StringBuilder(testName);
        if (!string.IsNullOrEmpty(variant))
        {
            name.Append("__").Append(variant);
        }

        foreach (var invalid in Path.GetInvalidFileNameChars().Append('?').Append('&').Append('='))
        {
            name.Replace(invalid, '_');
        }

        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        return $"{name.ToString().Trim('_')}-{stamp}";
    }
}
