using System.Diagnostics;

namespace SinergieComuni.Tests.Media;

/// <summary>Test images made with the libvips command line, and what libvips reads back from files.</summary>
public static class TestImages
{
    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors);
        return output;
    }

    public static string Vips(params string[] arguments) => Run("vips", arguments);

    /// <summary>A 1200×800 JPEG in <paramref name="folder"/>, black on the left half and white on the right half.</summary>
    public static string HalfBlackHalfWhite(string folder)
    {
        var black = Path.Combine(folder, "black.v");
        var white = Path.Combine(folder, "white.v");
        var image = Path.Combine(folder, "source.jpg");
        Vips("black", black, "600", "800", "--bands", "3");
        Vips("linear", black, white, "1", "255", "--uchar");
        Vips("join", black, white, image, "horizontal");
        return image;
    }

    /// <summary>"300x200" from vipsheader.</summary>
    public static string Size(string path) => Run("vipsheader", path).Split(':')[1].Trim().Split(' ')[0];
}
