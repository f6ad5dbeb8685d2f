using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Features.Search;

/// <summary>Which index an entry belongs to: what the public sees, or the latest drafts for the backoffice.</summary>
public enum SearchScope
{
    Public = 0,
    Drafts = 1,
}

/// <summary>
/// One content item in one index generation. The analysed term columns feed the full-text index of the database
/// (an FTS5 external-content table on SQLite, a generated weighted tsvector on PostgreSQL, both created by the
/// migrations); the plain columns give snippets, the child rows give facets, distance and "aperto ora".
/// </summary>
public sealed class SearchEntry
{
    public long Id { get; set; }

    /// <summary>Index generation: queries read the active one; a rebuild fills the next one and then switches.</summary>
    public int Generation { get; set; }

    public SearchScope Scope { get; set; }

    /// <summary>
    /// A public entry whose item's latest version is the published one also stands for it in the backoffice index
    /// (no second copy of the same text to index); the drafts scope then holds only items whose latest version differs.
    /// </summary>
    public bool CoversDrafts { get; set; }

    public Guid ItemId { get; set; }

    public string ContentType { get; set; } = "";

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>Plain text of the rest of the item, for snippets (capped).</summary>
    public string Body { get; set; } = "";

    /// <summary>Category key of a service card, empty for other types.</summary>
    public string Category { get; set; } = "";

    /// <summary>Labels of the category, topics and target groups (not stored: its terms are).</summary>
    public string TagText { get; set; } = "";

    public string TitleTerms { get; set; } = "";

    /// <summary>Category, topics and target groups.</summary>
    public string TagTerms { get; set; } = "";

    public string SummaryTerms { get; set; } = "";

    public string BodyTerms { get; set; } = "";

    /// <summary>Italian-collated sort key of the title (folded).</summary>
    public string SortTitle { get; set; } = "";

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }

    public Guid? OrganisationId { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public List<SearchFacetValue> Facets { get; set; } = [];

    public List<SearchLocation> Locations { get; set; } = [];

    public List<SearchHoursSlot> Slots { get; set; } = [];

    public List<SearchHoursException> Exceptions { get; set; } = [];
}

/// <summary>A facet value of an entry: categoria, comune, destinatari, costo, lingua.</summary>
public sealed class SearchFacetValue
{
    public long EntryId { get; set; }

    public string Facet { get; set; } = "";

    public string Value { get; set; } = "";
}

/// <summary>A venue with coordinates.</summary>
public sealed class SearchLocation
{
    /// <summary>Venues of one item the map shows (SQLite's spatial index numbers a venue EntryId × 1024 + venue).</summary>
    public const int MaxVenues = 1024;

    public long EntryId { get; set; }

    public int Venue { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>Slug of the venue's municipality.</summary>
    public string Municipality { get; set; } = "";
}

/// <summary>A weekly opening interval of a venue, in seconds since local midnight (Europe/Rome), with the hours' validity.</summary>
public sealed class SearchHoursSlot
{
    public long EntryId { get; set; }

    public int Venue { get; set; }

    public int Index { get; set; }

    public int Day { get; set; }

    public int Opens { get; set; }

    public int Closes { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}

/// <summary>A date with other hours for a venue; no interval when closed all day.</summary>
public sealed class SearchHoursException
{
    public long EntryId { get; set; }

    public int Venue { get; set; }

    public DateOnly Date { get; set; }

    public int? Opens { get; set; }

    public int? Closes { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}

/// <summary>The words of the public index and their terms: prefixes, typo corrections (trigram similarity) and suggestions.</summary>
public sealed class SearchWord
{
    public long Id { get; set; }

    public string Word { get; set; } = "";

    public string Term { get; set; } = "";
}

/// <summary>The index's single state row: the generation queries read, and the progress of a rebuild (seen by every instance).</summary>
public sealed class SearchState
{
    public int Id { get; set; } = 1;

    public int ActiveGeneration { get; set; } = 1;

    public int? BuildingGeneration { get; set; }

    public int BuildTotal { get; set; }

    public int BuildDone { get; set; }

    public DateTime? BuildStartedUtc { get; set; }

    public DateTime? BuildHeartbeatUtc { get; set; }

    public DateTime? LastBuildFinishedUtc { get; set; }

    public int? LastBuildSeconds { get; set; }

    public int? LastBuildCount { get; set; }

    public string? LastError { get; set; }

    /// <summary>Bumped by every change; it is also the lock a change and a rebuild batch take to keep out of each other's way.</summary>
    public long ChangeCounter { get; set; }
}

/// <summary>Which item changed at which value of the change counter: lets every instance refresh its in-memory facts incrementally.</summary>
public sealed class SearchChange
{
    public long Counter { get; set; }

    public Guid ItemId { get; set; }
}

internal sealed class SearchChangeConfiguration : IEntityTypeConfiguration<SearchChange>
{
    public void Configure(EntityTypeBuilder<SearchChange> builder)
    {
        builder.ToTable("SearchChanges");
        builder.HasKey(c => c.Counter);
        builder.Property(c => c.Counter).ValueGeneratedNever();
    }
}

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        builder.ToTable("SearchEntries");
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.ContentType).HasMaxLength(40);
        builder.Property(e => e.Slug).HasMaxLength(200);
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.Summary).HasMaxLength(1000);
        builder.Property(e => e.Category).HasMaxLength(100);
        builder.Property(e => e.SortTitle).HasMaxLength(300);
        builder.Ignore(e => e.TagText);
        builder.HasIndex(e => new { e.Generation, e.Scope, e.ItemId }).IsUnique();
        builder.HasIndex(e => new { e.Generation, e.Scope, e.ContentType, e.SortTitle });
        builder.HasIndex(e => e.ItemId);
        // The facet, place and hours rows point at their entry by EntryId without a foreign key: they are only ever
        // written and deleted together with it (SearchIndexer), and the key's checks and cascades were a sixth of
        // PostgreSQL's work in a rebuild. The lists carry them from the builder to the bulk writers.
        builder.Ignore(e => e.Facets);
        builder.Ignore(e => e.Locations);
        builder.Ignore(e => e.Slots);
        builder.Ignore(e => e.Exceptions);
    }
}

internal sealed class SearchFacetValueConfiguration : IEntityTypeConfiguration<SearchFacetValue>
{
    public void Configure(EntityTypeBuilder<SearchFacetValue> builder)
    {
        builder.ToTable("SearchFacetValues");
        builder.HasKey(f => new { f.EntryId, f.Facet, f.Value });
        builder.Property(f => f.Facet).HasMaxLength(20);
        builder.Property(f => f.Value).HasMaxLength(100);
    }
}

internal sealed class SearchLocationConfiguration : IEntityTypeConfiguration<SearchLocation>
{
    public void Configure(EntityTypeBuilder<SearchLocation> builder)
    {
        builder.ToTable("SearchLocations");
        builder.HasKey(l => new { l.EntryId, l.Venue });
        builder.Property(l => l.Municipality).HasMaxLength(100);
    }
}

internal sealed class SearchHoursSlotConfiguration : IEntityTypeConfiguration<SearchHoursSlot>
{
    public void Configure(EntityTypeBuilder<SearchHoursSlot> builder)
    {
        builder.ToTable("SearchHoursSlots");
        builder.HasKey(s => new { s.EntryId, s.Venue, s.Index });
    }
}

internal sealed class SearchHoursExceptionConfiguration : IEntityTypeConfiguration<SearchHoursException>
{
    public void Configure(EntityTypeBuilder<SearchHoursException> builder)
    {
        builder.ToTable("SearchHoursExceptions");
        builder.HasKey(s => new { s.EntryId, s.Venue, s.Date });
    }
}

internal sealed class SearchWordConfiguration : IEntityTypeConfiguration<SearchWord>
{
    public void Configure(EntityTypeBuilder<SearchWord> builder)
    {
        builder.ToTable("SearchWords");
        builder.Property(w => w.Id).ValueGeneratedOnAdd();
        builder.Property(w => w.Word).HasMaxLength(ItalianAnalyzer.MaxTermLength);
        builder.Property(w => w.Term).HasMaxLength(ItalianAnalyzer.MaxTermLength);
        builder.HasIndex(w => w.Word).IsUnique();
    }
}

internal sealed class SearchStateConfiguration : IEntityTypeConfiguration<SearchState>
{
    public void Configure(EntityTypeBuilder<SearchState> builder)
    {
        builder.ToTable("SearchState");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.LastError).HasMaxLength(1000);
        builder.HasData(new SearchState { Id = 1, ActiveGeneration = 1 });
    }
}
