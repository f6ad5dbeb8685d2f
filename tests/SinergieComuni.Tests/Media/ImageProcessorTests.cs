using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Tests.Media;

/// <summary>
/// The libvips child processes on real images: sizes and formats, crop around the focal point, padding, metadata
/// (GPS) stripped, the pixel limit checked from the header, time limits, and a missing libvips.
/// </summary>
public sealed class ImageProcessorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sinergie-images-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static VipsImageProcessor Processor(Action<ImageOptions>? configure = null)
    {
        var options = new ImageOptions();
        configure?.Invoke(options);
        return new VipsImageProcessor(Options.Create(options), NullLogger<VipsImageProcessor>.Instance);
    }

    private static string Vips(params string[] arguments) => TestImages.Vips(arguments);

    private string HalfBlackHalfWhite() => TestImages.HalfBlackHalfWhite(folder);

    /// <summary>Mean brightness (0–255) of an image, read by libvips.</summary>
    private static double Brightness(string path) =>
        double.Parse(Vips("avg", path).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Head(string path) => File.ReadAllBytes(path)[..12];

    [Fact]
    public async Task A_resize_fits_the_box_in_the_requested_format_without_enlarging()
    {
        using var processor = Processor();
        var source = HalfBlackHalfWhite();
        Assert.True(await processor.IsAvailableAsync());

        var webp = Path.Combine(folder, "max.webp-variant");
        Assert.Equal((300, 200), await processor.ResizeAsync(source, webp, new ImageRequest(300, 300, ImageFit.Max, ImageFormat.Webp), CancellationToken.None));
        Assert.Equal("WEBP", System.Text.Encoding.ASCII.GetString(Head(webp), 8, 4));

        var jpeg = Path.Combine(folder, "width-only");
        Assert.Equal((800, 533), await processor.ResizeAsync(source, jpeg, new ImageRequest(800, null, ImageFit.Max, ImageFormat.Jpeg, 70), CancellationToken.None));
        Assert.Equal([0xFF, 0xD8, 0xFF], Head(jpeg)[..3]);

        var png = Path.Combine(folder, "no-upscale");
        Assert.Equal((1200, 800), await processor.ResizeAsync(source, png, new ImageRequest(2400, 2400, ImageFit.Max, ImageFormat.Png), CancellationToken.None));
        Assert.Equal(0x89, Head(png)[0]);

        var avif = Path.Combine(folder, "avif");
        Assert.Equal((150, 100), await processor.ResizeAsync(source, avif, new ImageRequest(150, null, ImageFit.Max, ImageFormat.Avif), CancellationToken.None));
        Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(Head(avif), 4, 4));
    }

    [Fact]
    public async Task A_crop_fills_the_box_around_the_focal_point_and_pad_keeps_the_whole_image()
    {
        using var processor = Processor();
        var source = HalfBlackHalfWhite();

        var left = Path.Combine(folder, "left");
        var right = Path.Combine(folder, "right");
        var centre = Path.Combine(folder, "centre");
        Assert.Equal((400, 400), await processor.ResizeAsync(source, left, new ImageRequest(400, 400, ImageFit.Crop, ImageFormat.Png, FocalX: 0.1), CancellationToken.None));
        Assert.Equal((400, 400), await processor.ResizeAsync(source, right, new ImageRequest(400, 400, ImageFit.Crop, ImageFormat.Png, FocalX: 0.9), CancellationToken.None));
        Assert.Equal((400, 400), await processor.ResizeAsync(source, centre, new ImageRequest(400, 400, ImageFit.Crop, ImageFormat.Png), CancellationToken.None));
        // Scaled to cover 400×400 the image is 600×400 (black x < 300); the crop is 400 wide around the focal point:
        // at 0.1 it keeps x 0–400 (a quarter white), at 0.9 x 200–600 (three quarters white), centred x 100–500 (half).
        Assert.InRange(Brightness(left), 55, 72);
        Assert.InRange(Brightness(right), 183, 200);
        Assert.InRange(Brightness(centre), 119, 136);

        var padded = Path.Combine(folder, "pad");
        Assert.Equal((400, 400), await processor.ResizeAsync(source, padded, new ImageRequest(400, 400, ImageFit.Pad, ImageFormat.Png), CancellationToken.None));

        // 400×267 of half black, half white, on a white square: more white than black.
        Assert.InRange(Brightness(padded), 160, 185);
    }

    [Fact]
    public async Task Metadata_such_as_the_GPS_position_is_not_copied_into_variants()
    {
        using var processor = Processor();
        var source = WithGpsExif(HalfBlackHalfWhite());
        Assert.Contains("exif-ifd3-GPSLatitudeRef", Header(source));

        foreach (var format in new[] { ImageFormat.Jpeg, ImageFormat.Webp, ImageFormat.Avif, ImageFormat.Png })
        {
            var target = Path.Combine(folder, "stripped-" + format);
            await processor.ResizeAsync(source, target, new ImageRequest(300, 200, ImageFit.Crop, format), CancellationToken.None);
            Assert.DoesNotContain("GPS", Header(target));
            Assert.DoesNotContain("exif-ifd3", Header(target));
            if (format != ImageFormat.Webp)
            {
                // libvips writes a minimal EXIF of its own into WebP (orientation, resolution): never the source's.
                Assert.DoesNotContain("exif-data", Header(target));
            }
        }
    }

    [Fact]
    public async Task Images_over_the_pixel_limit_are_refused_from_their_header_and_bad_requests_and_files_get_Italian_reasons()
    {
        var source = HalfBlackHalfWhite();
        using var strict = Processor(o => o.MaxInputPixels = 1200 * 800 - 1);
        var big = await Assert.ThrowsAsync<ImageProcessingException>(() => strict.ResizeAsync(source, Path.Combine(folder, "x"), new ImageRequest(100, 100, ImageFit.Max, ImageFormat.Webp), CancellationToken.None));
        Assert.Equal("L'immagine è troppo grande da elaborare (1200×800 pixel).", big.Message);

        using var processor = Processor(o => o.MaxDimension = 2000);
        var wide = await Assert.ThrowsAsync<ImageProcessingException>(() => processor.ResizeAsync(source, Path.Combine(folder, "y"), new ImageRequest(2001, null, ImageFit.Max, ImageFormat.Webp), CancellationToken.None));
        Assert.Contains("tra 1 e 2000 pixel", wide.Message);

        var text = Path.Combine(folder, "finta.jpg");
        await File.WriteAllTextAsync(text, "<script>alert(1)</script>");
        var notImage = await Assert.ThrowsAsync<ImageProcessingException>(() => processor.ResizeAsync(text, Path.Combine(folder, "z"), new ImageRequest(100, 100, ImageFit.Max, ImageFormat.Webp), CancellationToken.None));
        Assert.Equal("Il file non è un'immagine leggibile.", notImage.Message);
    }

    [Fact]
    public async Task A_child_process_over_its_time_limit_is_stopped_with_a_clear_reason()
    {
        var big = Path.Combine(folder, "big.png");
        Vips("gaussnoise", big, "6000", "6000");
        using var hurried = Processor(o => o.TimeoutSeconds = 0);
        var slow = await Assert.ThrowsAsync<ImageProcessingException>(() => hurried.ResizeAsync(big, Path.Combine(folder, "slow"), new ImageRequest(100, 100, ImageFit.Crop, ImageFormat.Avif), CancellationToken.None));
        Assert.Contains("troppo tempo", slow.Message);
    }

    [Fact]
    public async Task Without_libvips_the_processor_says_so_instead_of_failing()
    {
        using var missing = Processor(o => o.VipsPath = "/nonexistent/vips");
        Assert.False(await missing.IsAvailableAsync());
        var refused = await Assert.ThrowsAsync<ImageProcessingException>(() => missing.ResizeAsync(HalfBlackHalfWhite(), Path.Combine(folder, "w"), new ImageRequest(100, 100, ImageFit.Max, ImageFormat.Webp), CancellationToken.None));
        Assert.Equal("L'elaborazione delle immagini non è disponibile su questo server.", refused.Message);
    }

    private static string Header(string path)
    {
        var start = new ProcessStartInfo("vipsheader") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-a");
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    /// <summary>The JPEG with an EXIF block holding a GPS position (N 45° 21' 30"), inserted after its start marker.</summary>
    private string WithGpsExif(string jpeg)
    {
        static byte[] U16(int v) => [(byte)v, (byte)(v >> 8)];
        static byte[] U32(int v) => [(byte)v, (byte)(v >> 8), (byte)(v >> 16), (byte)(v >> 24)];

        // TIFF (little endian): IFD0 with one entry pointing to the GPS IFD; the GPS IFD with latitude ref and latitude.
        var tiff = new List<byte>();
        tiff.AddRange("II"u8.ToArray());
        tiff.AddRange(U16(42));
        tiff.AddRange(U32(8));
        tiff.AddRange(U16(1));
        tiff.AddRange([.. U16(0x8825), .. U16(4), .. U32(1), .. U32(26)]);
        tiff.AddRange(U32(0));
        tiff.AddRange(U16(2));
        tiff.AddRange([.. U16(1), .. U16(2), .. U32(2), (byte)'N', 0, 0, 0]);
        tiff.AddRange([.. U16(2), .. U16(5), .. U32(3), .. U32(56)]);
        tiff.AddRange(U32(0));
        foreach (var (numerator, denominator) in new[] { (45, 1), (21, 1), (30, 1) })
        {
            tiff.AddRange([.. U32(numerator), .. U32(denominator)]);
        }

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var bytes = File.ReadAllBytes(jpeg);
        var length = payload.Length + 2;
        var withExif = bytes[..2].Concat(new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)length }).Concat(payload).Concat(bytes[2..]).ToArray();
        var path = Path.Combine(folder, "gps.jpg");
        File.WriteAllBytes(path, withExif);
        return path;
    }
}
