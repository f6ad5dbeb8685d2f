using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SinergieComuni.Tests.Fixtures;

/// <summary>
/// A minimal SMTP server on a loopback port that accepts messages and keeps their raw text,
/// enough to check that the site talks SMTP when a host is configured. It can also play an outage
/// (<see cref="Refusing"/>) or a server that stops answering after the message data (<see cref="HangingOnData"/>).
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly List<Task> _conversations = [];
    private int _refused;
    private int _hanging;

    public LoopbackSmtpServer()
    {
        _listener.Start();
        _loop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Accepted messages only (the server answered 250 to their data). Lock it while reading during sends.</summary>
    public List<(string From, List<string> To, string Data)> Messages { get; } = [];

    /// <summary>While true, every connection is answered "421 service not available" and closed.</summary>
    public bool Refusing { get; set; }

    /// <summary>While true, the server reads a message's data and then never answers, until the client gives up.</summary>
    public bool HangingOnData { get; set; }

    public int RefusedConnections => Volatile.Read(ref _refused);

    /// <summary>Clients currently waiting for an answer to their data.</summary>
    public int HangingConversations => Volatile.Read(ref _hanging);

    public List<(string From, List<string> To, string Data)> MessagesSnapshot()
    {
        lock (Messages)
        {
            return [.. Messages];
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            // One task per connection, so a hanging conversation does not hold up the others.
            lock (_conversations)
            {
                _conversations.RemoveAll(c => c.IsCompleted);
                _conversations.Add(ServeAsync(client));
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                if (Refusing)
                {
                    Interlocked.Increment(ref _refused);
                    var refusal = Encoding.ASCII.GetBytes("421 localhost Servizio non disponibile\r\n");
                    await client.GetStream().WriteAsync(refusal, _stop.Token);
                    return;
                }

                await ConverseAsync(client.GetStream());
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // The client went away (or the server is stopping): the message, if any, was not accepted.
            }
        }
    }

    private async Task ConverseAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost SMTP di prova");
        var from = "";
        var to = new List<string>();
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                case "HELO":
                    await writer.WriteLineAsync("250 localhost");
                    break;
                case "MAIL":
                    from = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    to.Add(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 Fine con <CRLF>.<CRLF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine).Append("\r\n");
                    }

                    if (HangingOnData)
                    {
                        Interlocked.Increment(ref _hanging);
                        try
                        {
                            // Never answers; returns when the client closes the connection.
                            await reader.ReadLineAsync(_stop.Token);
                            return;
                        }
                        finally
                        {
                            Interlocked.Decrement(ref _hanging);
                        }
                    }

                    lock (Messages)
                    {
                        Messages.Add((from, [.. to], data.ToString()));
                    }

                    await writer.WriteLineAsync("250 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
        }

        Task[] conversations;
        lock (_conversations)
        {
            conversations = [.. _conversations];
        }

        await Task.WhenAll(conversations);
        _stop.Dispose();
    }
}
