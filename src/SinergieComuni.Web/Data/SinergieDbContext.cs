using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Web.Data;

/// <summary>The one database of the site. Each provider has a subclass that owns its migrations.</summary>
public abstract class SinergieDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Redirect> Redirects => Set<Redirect>();

    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();

    public DbSet<ServiceListing> ServiceListings => Set<ServiceListing>();

    public DbSet<Features.Media.StoredFile> StoredFiles => Set<Features.Media.StoredFile>();

    public DbSet<Features.Media.MediaItem> MediaItems => Set<Features.Media.MediaItem>();

    public DbSet<Features.Media.MediaFolder> MediaFolders => Set<Features.Media.MediaFolder>();

    public DbSet<Features.Media.MediaUsage> MediaUsages => Set<Features.Media.MediaUsage>();

    public DbSet<Features.Navigation.SiteSetting> SiteSettings => Set<Features.Navigation.SiteSetting>();

    public DbSet<Features.Search.SynonymGroup> SynonymGroups => Set<Features.Search.SynonymGroup>();

    public DbSet<Features.Search.SearchEntry> SearchEntries => Set<Features.Search.SearchEntry>();

    public DbSet<Features.Search.SearchFacetValue> SearchFacetValues => Set<Features.Search.SearchFacetValue>();

    public DbSet<Features.Search.SearchWord> SearchWords => Set<Features.Search.SearchWord>();

    public DbSet<Features.Search.SearchState> SearchState => Set<Features.Search.SearchState>();

    public DbSet<Features.Search.SearchChange> SearchChanges => Set<Features.Search.SearchChange>();

    public DbSet<Features.Forms.FormEntry> FormEntries => Set<Features.Forms.FormEntry>();

    public DbSet<Features.Forms.FormEntryFile> FormEntryFiles => Set<Features.Forms.FormEntryFile>();

    public DbSet<Features.Forms.FormInvitation> FormInvitations => Set<Features.Forms.FormInvitation>();

    public DbSet<Infrastructure.OutboxMessage> OutboxMessages => Set<Infrastructure.OutboxMessage>();

    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SinergieDbContext).Assembly);
    }
}
