namespace SinergieComuni.Web.Features.Media;

/// <summary>What the media library accepts (section "Media").</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>
    /// The file types anyone may upload, by name: jpeg, png, webp, gif, pdf, docx, xlsx, odt, ods; empty (the
    /// default) means all of them. SVG is never accepted (it can carry scripts), whatever this says.
    /// </summary>
    public List<string> AllowedTypes { get; set; } = [];

    /// <summary>Largest file, in megabytes.</summary>
    public int MaxUploadMb { get; set; } = 10;

    /// <summary>Files one library upload may carry at once.</summary>
    public int MaxFilesPerUpload { get; set; } = 20;

    /// <summary>The allowed type names, lower case (a configured list replaces the default, it does not add to it).</summary>
    public IReadOnlySet<string> EffectiveTypes => AllowedTypes.Count == 0
        ? FileInspector.KnownTypes.ToHashSet(StringComparer.Ordinal)
        : AllowedTypes.Select(t => t.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    public long MaxUploadBytes => Math.Clamp(MaxUploadMb, 1, 1024) * 1024L * 1024L;
}
