using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Web.Data;

// Usage: dotnet run --project tools/MigrationScaffolder -- <MigrationName> [Sqlite|Postgres|both]
if (args.Length == 0 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("Usage: MigrationScaffolder <MigrationName> [Sqlite|Postgres|both]");
    return 2;
}

var name = args[0];
var which = args.Length > 1 ? args[1] : "both";
var projectDir = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/SinergieComuni.Web"));
if (!File.Exists(Path.Combine(projectDir, "SinergieComuni.Web.csproj")))
{
    Console.Error.WriteLine($"Web project not found at {projectDir}");
    return 2;
}

var contexts = new List<(string Provider, DbContext Context)>();
if (which is "Sqlite" or "both")
{
    contexts.Add(("Sqlite", new SqliteDesignTimeFactory().CreateDbContext([])));
}

if (which is "Postgres" or "both")
{
    contexts.Add(("Postgres", new PostgresDesignTimeFactory().CreateDbContext([])));
}

var reporter = new OperationReporter(new OperationReportHandler(
    errorHandler: m => Console.Error.WriteLine(m),
    warningHandler: m => Console.WriteLine("warning: " + m),
    informationHandler: Console.WriteLine,
    verboseHandler: _ => { }));

foreach (var (provider, context) in contexts)
{
    using (context)
    {
        var services = new DesignTimeServicesBuilder(typeof(SinergieDbContext).Assembly, System.Reflection.Assembly.GetExecutingAssembly(), reporter, [])
            .Build(context);
        var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
        var migration = scaffolder.ScaffoldMigration(name, "SinergieComuni.Web", $"Data.Migrations.{provider}", "C#");
        var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Data", "Migrations", provider));
        Console.WriteLine($"{provider}: {files.MigrationFile}");
    }
}

return 0;
