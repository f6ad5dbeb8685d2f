using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Tests.Identity;

public sealed class PasswordGeneratorTests
{
    [Fact]
    public void Generated_passwords_meet_every_rule_and_differ()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => PasswordGenerator.Create()).ToList();

        Assert.All(passwords, p =>
        {
            Assert.Equal(20, p.Length);
            Assert.Contains(p, char.IsLower);
            Assert.Contains(p, char.IsUpper);
            Assert.Contains(p, char.IsDigit);
            Assert.Contains(p, c => !char.IsLetterOrDigit(c));
        });
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
    }
}
