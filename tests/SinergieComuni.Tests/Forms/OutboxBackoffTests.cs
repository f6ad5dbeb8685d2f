using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Tests.Forms;

public sealed class OutboxBackoffTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(5, 480)]
    [InlineData(8, 3600)]
    [InlineData(48, 3600)]
    public void The_wait_after_a_failure_doubles_up_to_an_hour_and_is_jittered_below_its_nominal_value(int attempts, int nominalSeconds)
    {
        var waits = Enumerable.Range(0, 200).Select(_ => OutboxWorker.Backoff(attempts, new OutboxOptions())).ToList();

        Assert.All(waits, w => Assert.InRange(w.TotalSeconds, nominalSeconds * 0.8, nominalSeconds));
        Assert.True(waits.Distinct().Count() > 1, "The waits have no jitter.");
    }
}
