using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Features.Search;

namespace SinergieComuni.Web.Data;

/// <summary>PostgreSQL flavour of the database, for production and several instances. Migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresSinergieDbContext(DbContextOptions<PostgresSinergieDbContext> options) : SinergieDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Byte order, as SQLite compares: the same sorting and prefix ranges on both databases.
        builder.Entity<SearchEntry>().Property(e => e.SortTitle).UseCollation("C");
        builder.Entity<SearchWord>().Property(w => w.Word).UseCollation("C");
    }
}
