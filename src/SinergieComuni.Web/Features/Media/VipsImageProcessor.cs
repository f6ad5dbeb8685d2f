using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// Resizes images with the libvips command-line tools, each run as a child process with a time limit, a memory cap
/// (prlimit) and a bound on how many run at once, so no request thread ever decodes an image itself. Images over the
/// pixel limit are refused from their header, before anything decodes them. Metadata (EXIF, GPS) is never copied.
/// Without libvips the site keeps working: <see cref="IsAvailableAsync"/> is false and one warning is logged.
/// </summary>
public sealed class VipsImageProcessor(IOptions<ImageOptions> options, ILogger<VipsImageProcessor> logger) : IDisposable
{
    private readonly SemaphoreSlim slots = new(Math.Max(1, options.Value.Concurrency));
    private readonly Lazy<Task<bool>> available = new(() => CheckAsync(options.Value, logger));
    private static readonly string? Prlimit = File.Exists("/usr/bin/prlimit") ? "/usr/bin/prlimit" : null;

    public Task<bool> IsAvailableAsync() => available.Value;

    public void Dispose() => slots.Dispose();

    /// <summary>Width and height as the image will be shown (EXIF orientation applied), read from the header only.</summary>
    public async Task<(int Width, int Height)> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        // One vipsheader run reads every field: width, height and the EXIF orientation.
        var fields = (await RunAsync(options.Value.VipsHeaderPath, ["-a", path], cancellationToken, allowFailure: true))
            .Split('\n')
            .Select(line => line.Split(": ", 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim());
        int Field(string name) => fields.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
        var (width, height, orientation) = (Field("width"), Field("height"), Field("orientation"));
        if (width <= 0 || height <= 0)
        {
            throw new ImageProcessingException("Il file non è un'immagine leggibile.");
        }

        return orientation is >= 5 and <= 8 ? (height, width) : (width, height);
    }

    /// <summary>Writes the variant of <paramref name="source"/> to <paramref name="target"/> (whose extension is ignored: the format comes from the request).</summary>
    public async Task<(int Width, int Height)> ResizeAsync(string source, string target, ImageRequest request, CancellationToken cancellationToken)
    {
        if (!await IsAvailableAsync())
        {
            throw new ImageProcessingException("L'elaborazione delle immagini non è disponibile su questo server.");
        }

        var settings = options.Value;
        if (request.Width is < 1 || request.Height is < 1 || request.Width > settings.MaxDimension || request.Height > settings.MaxDimension
            || (request.Width is null && request.Height is null))
        {
            throw new ImageProcessingException($"Larghezza e altezza devono essere tra 1 e {settings.MaxDimension} pixel (almeno una delle due).");
        }

        var (sourceWidth, sourceHeight) = await ProbeAsync(source, cancellationToken);
        if ((long)sourceWidth * sourceHeight > settings.MaxInputPixels)
        {
            throw new ImageProcessingException($"L'immagine è troppo grande da elaborare ({sourceWidth}×{sourceHeight} pixel).");
        }

        var (extension, saveOptions) = Output(request);
        var written = target + extension;
        var work = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.v");

        // libvips 8.14 copies the source's EXIF (GPS too) into WebP even with "strip": WebP variants go through an
        // uncompressed PNG, whose "strip" works, so only the minimal EXIF libvips writes itself reaches them.
        var clean = work + ".png";
        var output = request.Format == ImageFormat.Webp ? clean + "[compression=0,strip]" : written + saveOptions;
        try
        {
            switch (request.Fit)
            {
                case ImageFit.Crop when request.Width is { } w && request.Height is { } h:
                    // A chosen rectangle is shown whole: the image is scaled so that the rectangle covers the box, and
                    // the box is centred on the rectangle; otherwise the whole image covers the box around the focal point.
                    var region = request.Region ?? new CropRegion(0, 0, 1, 1);
                    var focalX = request.Region is null ? request.FocalX : region.X + (region.W / 2);
                    var focalY = request.Region is null ? request.FocalY : region.Y + (region.H / 2);
                    var scale = Math.Min(1.0, Math.Max(w / (region.W * sourceWidth), h / (region.H * sourceHeight)));
                    var coverWidth = Math.Max(w, (int)Math.Ceiling(sourceWidth * scale));
                    var coverHeight = Math.Max(h, (int)Math.Ceiling(sourceHeight * scale));
                    await VipsAsync(["thumbnail", source, work, Number(coverWidth), "--height", Number(coverHeight), "--size", "down"], cancellationToken);
                    var (workWidth, workHeight) = await ProbeAsync(work, cancellationToken);
                    var cropWidth = Math.Min(w, workWidth);
                    var cropHeight = Math.Min(h, workHeight);
                    var left = Math.Clamp((int)Math.Round((focalX * workWidth) - (cropWidth / 2.0)), 0, workWidth - cropWidth);
                    var top = Math.Clamp((int)Math.Round((focalY * workHeight) - (cropHeight / 2.0)), 0, workHeight - cropHeight);
                    await VipsAsync(["extract_area", work, output, Number(left), Number(top), Number(cropWidth), Number(cropHeight)], cancellationToken);
                    break;
                case ImageFit.Pad when request.Width is { } w && request.Height is { } h:
                    await VipsAsync(["thumbnail", source, work, Number(w), "--height", Number(h), "--size", "down"], cancellationToken);
                    await VipsAsync(["gravity", work, output, "centre", Number(w), Number(h), "--extend", "background", "--background", "255 255 255"], cancellationToken);
                    break;
                default:
                    var boxWidth = request.Width ?? settings.MaxDimension * 100;
                    await VipsAsync(["thumbnail", source, output, Number(boxWidth), "--height", Number(request.Height ?? settings.MaxDimension * 100), "--size", "down"], cancellationToken);
                    break;
            }

            if (request.Format == ImageFormat.Webp)
            {
                await VipsAsync(["copy", clean, written + saveOptions], cancellationToken);
            }
        }
        finally
        {
            File.Delete(work);
            File.Delete(clean);
        }

        File.Move(written, target, overwrite: true);
        return await ProbeAsync(target, cancellationToken);
    }

    /// <summary>The extension that tells libvips the format, and its save options: quality, and <c>strip</c> so no metadata is kept.</summary>
    private static (string Extension, string SaveOptions) Output(ImageRequest request)
    {
        var quality = Number(Math.Clamp(request.Quality, 1, 100));
        return request.Format switch
        {
            ImageFormat.Jpeg => (".jpg", $"[Q={quality},strip,interlace]"),
            ImageFormat.Png => (".png", "[compression=6,strip]"),
            ImageFormat.Avif => (".avif", $"[Q={quality},strip]"),
            _ => (".webp", $"[Q={quality},strip]"),
        };
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private Task<string> VipsAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(options.Value.VipsPath, arguments, cancellationToken);

    private async Task<string> RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken, bool allowFailure = false)
    {
        var settings = options.Value;
        var start = new ProcessStartInfo
        {
            FileName = Prlimit ?? tool,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Prlimit is not null)
        {
            start.ArgumentList.Add($"--as={(long)settings.MemoryLimitMb * 1024 * 1024}");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(tool);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["VIPS_WARNING"] = "0";
        await slots.WaitAsync(cancellationToken);
        try
        {
            using var process = Process.Start(start) ?? throw new ImageProcessingException("Impossibile avviare l'elaborazione dell'immagine.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                logger.LogWarning("libvips ({Tool}) stopped after {Seconds} s", tool, settings.TimeoutSeconds);
                throw new ImageProcessingException("L'elaborazione dell'immagine ha richiesto troppo tempo ed è stata interrotta.");
            }

            if (process.ExitCode != 0 && !allowFailure)
            {
                logger.LogInformation("libvips ({Tool}) failed: {Errors}", tool, (await errors).Trim());
                throw new ImageProcessingException("Il file non è un'immagine che si può elaborare.");
            }

            return await output;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new ImageProcessingException("L'elaborazione delle immagini non è disponibile su questo server.", exception);
        }
        finally
        {
            slots.Release();
        }
    }

    private static async Task<bool> CheckAsync(ImageOptions settings, ILogger logger)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(settings.VipsPath, "--version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            if (process is not null)
            {
                await process.WaitForExitAsync();
                if (process.ExitCode == 0)
                {
                    return true;
                }
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Not installed: reported below, once.
        }

        logger.LogWarning("libvips ('{Vips}') is not available: images are served as uploaded, without resizing. Install the Debian package libvips-tools.", settings.VipsPath);
        return false;
    }
}
