using Microsoft.EntityFrameworkCore;

namespace SinergieComuni.Web.Data;

/// <summary>SQLite flavour of the database: the embedded default. Migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteSinergieDbContext(DbContextOptions<SqliteSinergieDbContext> options) : SinergieDbContext(options);
