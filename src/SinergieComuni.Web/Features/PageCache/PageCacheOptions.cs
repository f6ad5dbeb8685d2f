namespace SinergieComuni.Web.Features.PageCache;

/// <summary>Output caching of the public pages (section "PageCache").</summary>
public sealed class PageCacheOptions
{
    public const string Section = "PageCache";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a page stays cached. Content changes evict it at once; the limit bounds what depends on the clock
    /// alone ("aperto ora", upcoming events).
    /// </summary>
    public int Seconds { get; set; } = 60;

    /// <summary>How often an instance reads the shared generation written by the others (several instances on PostgreSQL).</summary>
    public int GenerationCheckSeconds { get; set; } = 5;
}
