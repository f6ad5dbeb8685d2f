using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Identity;

/// <summary>Creates the roles and, in a database without users, the first administrator with a random password printed once.</summary>
public sealed class IdentitySeeder : IDataSeeder
{
    public int Order => 0;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                EnsureSucceeded(await roleManager.CreateAsync(new IdentityRole(role)));
            }
        }

        var userManager = services.GetRequiredService<UserManager<AppUser>>();
        if (userManager.Users.Any())
        {
            return;
        }

        var email = services.GetRequiredService<IOptions<AppOptions>>().Value.AdminEmail;
        var password = PasswordGenerator.Create();
        var admin = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Amministratore" };
        EnsureSucceeded(await userManager.CreateAsync(admin, password));
        EnsureSucceeded(await userManager.AddToRoleAsync(admin, Roles.Administrator));

        Console.WriteLine();
        Console.WriteLine("==============================================================");
        Console.WriteLine(" Primo avvio: creato l'amministratore del backoffice.");
        Console.WriteLine($"   Email:    {email}");
        Console.WriteLine($"   Password: {password}");
        Console.WriteLine(" Annotala ora: non verrà mostrata di nuovo.");
        Console.WriteLine("==============================================================");
        Console.WriteLine();
    }

    private static void EnsureSucceeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
