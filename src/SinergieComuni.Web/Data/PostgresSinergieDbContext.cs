using Microsoft.EntityFrameworkCore;

namespace SinergieComuni.Web.Data;

/// <summary>PostgreSQL flavour of the database, for production and several instances. Migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresSinergieDbContext(DbContextOptions<PostgresSinergieDbContext> options) : SinergieDbContext(options);
