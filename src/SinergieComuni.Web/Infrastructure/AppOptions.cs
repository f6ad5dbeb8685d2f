namespace SinergieComuni.Web.Infrastructure;

/// <summary>Site-wide settings bound to the "App" configuration section.</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>Folder for the SQLite database, the mail outbox and uploads; relative paths start at the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>Folder with the content as files (demo pages, taxonomy, form definitions).</summary>
    public string? SyncPath { get; set; }

    /// <summary>Import the demo content from the sync folder when the database has no pages.</summary>
    public bool ImportDemoContent { get; set; } = true;

    /// <summary>E-mail of the administrator created on first start.</summary>
    public string AdminEmail { get; set; } = "amministratore@sinergiecomuni.local";

    public string ContactEmail { get; set; } = "sinergiecomuni@spazioapertoservizi.org";

    /// <summary>Public base URL used in links sent by e-mail; when empty the request's own host is used.</summary>
    public string? PublicBaseUrl { get; set; }

    public string ResolveDataPath(string contentRoot)
    {
        var path = Path.IsPathRooted(DataPath) ? DataPath : Path.Combine(contentRoot, DataPath);
        Directory.CreateDirectory(path);
        return path;
    }

    public string ResolveSyncPath(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(SyncPath))
        {
            return Path.IsPathRooted(SyncPath) ? SyncPath : Path.Combine(contentRoot, SyncPath);
        }

        // Built output carries a copy of sync/; a source checkout has it two folders up.
        var besideBinaries = Path.Combine(AppContext.BaseDirectory, "sync");
        return Directory.Exists(besideBinaries)
            ? besideBinaries
            : Path.GetFullPath(Path.Combine(contentRoot, "..", "..", "sync"));
    }
}
