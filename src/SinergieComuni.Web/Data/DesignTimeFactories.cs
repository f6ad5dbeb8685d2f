using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SinergieComuni.Web.Data;

/// <summary>Lets `dotnet ef migrations add … --context SqliteSinergieDbContext` build the context without starting the site.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSinergieDbContext>
{
    public SqliteSinergieDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSinergieDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets `dotnet ef migrations add … --context PostgresSinergieDbContext` build the context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSinergieDbContext>
{
    public PostgresSinergieDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSinergieDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
