namespace SinergieComuni.Web.Features.Search;

/// <summary>Command-line tasks: <c>dotnet run -- reindex</c> rebuilds the search indexes with a progress bar.</summary>
public static class SearchCommands
{
    /// <summary>Runs the command named by the arguments, if any; true when one ran (the site then does not start).</summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (!args.Contains("reindex", StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var rebuilder = app.Services.GetRequiredService<SearchRebuilder>();
        var bar = new ProgressBar(Console.Out, Console.IsOutputRedirected);
        Console.WriteLine("Ricostruzione dell'indice di ricerca (la ricerca resta attiva con l'indice precedente fino alla fine)…");
        var outcome = await rebuilder.RebuildAsync(new SynchronousProgress(bar.Report), CancellationToken.None);
        bar.Finish();
        Console.WriteLine(outcome.Message);
        Environment.ExitCode = outcome.Started ? 0 : 1;
        return true;
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool and lines could come out of order).</summary>
    private sealed class SynchronousProgress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }

    /// <summary>A text progress bar: redrawn in place on a terminal, a line every tenth when the output is a file.</summary>
    public sealed class ProgressBar(TextWriter output, bool redirected)
    {
        private const int Width = 40;
        private int _lastTenth = -1;

        public void Report((int Done, int Total) progress)
        {
            var fraction = progress.Total == 0 ? 1 : (double)progress.Done / progress.Total;
            var filled = (int)Math.Round(fraction * Width);
            var line = $"[{new string('#', filled)}{new string('.', Width - filled)}] {fraction,4:P0} {progress.Done}/{progress.Total}";
            if (redirected)
            {
                var tenth = (int)(fraction * 10);
                if (tenth != _lastTenth)
                {
                    _lastTenth = tenth;
                    output.WriteLine(line);
                }
            }
            else
            {
                output.Write("\r" + line);
            }
        }

        public void Finish()
        {
            if (!redirected)
            {
                output.WriteLine();
            }
        }
    }
}
