namespace SinergieComuni.Web.Infrastructure;

/// <summary>
/// Wakes the outbox workers of this process when mail may have been committed, so they need not wait for their
/// next poll. A wake-up with nothing to send costs one query; other instances still find the mail when they poll.
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes at the next <see cref="Notify"/>. A worker takes it before looking for mail, so a notification that
    /// arrives while it is looking is not lost.
    /// </summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
