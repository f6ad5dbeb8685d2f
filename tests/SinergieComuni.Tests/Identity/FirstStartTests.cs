using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Tests.Identity;

/// <summary>What a new database gets on first start, and that starting again adds nothing.</summary>
public abstract class FirstStartTests(SinergieAppFactory factory)
{
    [Fact]
    public async Task First_start_creates_the_roles_and_one_administrator_with_a_random_password()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();

        foreach (var role in Roles.All)
        {
            Assert.True(await roles.RoleExistsAsync(role), role);
        }

        var admin = await users.FindByEmailAsync("amministratore@sinergiecomuni.local");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Administrator));
        Assert.True(await users.HasPasswordAsync(admin));
        Assert.False(await users.CheckPasswordAsync(admin, "Password123!"), "The first administrator must not have a guessable password.");
    }

    [Fact]
    public async Task Running_the_start_up_seeding_again_adds_nothing()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        var usersBefore = await db.Users.CountAsync();
        var pagesBefore = await db.ContentItems.CountAsync();

        foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);
        }

        Assert.Equal(usersBefore, await db.Users.CountAsync());
        Assert.Equal(pagesBefore, await db.ContentItems.CountAsync());
        Assert.True(pagesBefore >= 9);
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_database_for_every_instance()
    {
        using var client = factory.CreateClient();
        await client.GetStringAsync("/backoffice/accesso");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        Assert.True(await db.DataProtectionKeys.AnyAsync());
    }
}

public sealed class FirstStartTestsOnSqlite(SqliteAppFactory factory) : FirstStartTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class FirstStartTestsOnPostgres(PostgresAppFactory factory) : FirstStartTests(factory), IClassFixture<PostgresAppFactory>;
