namespace SinergieComuni.Web.Features.Search;

/// <summary>Runs a rebuild asked for in the backoffice in the background of this instance; progress is read from the state row.</summary>
public sealed class SearchRebuildRunner(SearchRebuilder rebuilder, IHostApplicationLifetime lifetime, ILogger<SearchRebuildRunner> logger)
{
    private readonly Lock _gate = new();
    private Task? _running;

    /// <summary>Starts a rebuild unless one is running here; whether one runs on another instance the rebuilder itself checks.</summary>
    public bool TryStart()
    {
        lock (_gate)
        {
            if (_running is { IsCompleted: false })
            {
                return false;
            }

            _running = Task.Run(async () =>
            {
                try
                {
                    await rebuilder.RebuildAsync(progress: null, lifetime.ApplicationStopping);
                }
                catch (Exception exception)
                {
                    logger.LogError(exception, "Background search rebuild failed");
                }
            });
            return true;
        }
    }

    /// <summary>The running rebuild, for tests that wait for it.</summary>
    public Task Current
    {
        get
        {
            lock (_gate)
            {
                return _running ?? Task.CompletedTask;
            }
        }
    }
}
