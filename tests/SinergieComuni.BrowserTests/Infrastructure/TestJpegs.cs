using System.Diagnostics;
using System.Globalization;
using Xunit;

namespace SinergieComuni.BrowserTests.Infrastructure;

/// <summary>Real JPEG files made with libvips for upload tests.</summary>
public static class TestJpegs
{
    /// <summary>A plain grey JPEG of the given size.</summary>
    public static byte[] Grey(int grey, int width = 1200, int height = 800)
    {
        var folder = Directory.CreateTempSubdirectory("sinergie-jpeg-").FullName;
        try
        {
            var black = Path.Combine(folder, "b.v");
            var image = Path.Combine(folder, "g.jpg");
            Vips("black", black, width.ToString(CultureInfo.InvariantCulture), height.ToString(CultureInfo.InvariantCulture), "--bands", "3");
            Vips("linear", black, image, "1", grey.ToString(CultureInfo.InvariantCulture), "--uchar");
            return File.ReadAllBytes(image);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Vips(params string[] arguments)
    {
        var start = new ProcessStartInfo("vips") { RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors);
    }
}
