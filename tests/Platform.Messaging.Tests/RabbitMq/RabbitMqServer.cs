using System.Diagnostics;
using System.Net.Sockets;

namespace EventAgents.Platform.Messaging.Tests;

/// <summary>
/// The machine's RabbitMQ for tests: installed with apt when missing, started in the background when not running
/// (as rabbit@localhost on port 5672), and stopped at exit when these tests started it.
/// </summary>
public static class RabbitMqServer
{
    private const string Server = "/usr/sbin/rabbitmq-server";
    private static readonly Lazy<string?> Unavailable = new(InstallIfMissing);
    private static readonly Lazy<Task<Uri>> Started = new(StartAsync);

    private static bool _startedHere;

    public static Uri Uri { get; } = new("amqp://guest:guest@localhost:5672/");

    /// <summary>Why RabbitMQ cannot be used here (apt could not install it), or null when it can.</summary>
    public static string? UnavailableReason => Unavailable.Value;

    public static Task<Uri> EnsureStartedAsync() => Started.Value;

    private static string? InstallIfMissing()
    {
        if (File.Exists(Server) || IsListening())
        {
            return null;
        }

        var (exit, output) = Run("apt-get", "install -y -qq rabbitmq-server", TimeSpan.FromMinutes(8));
        if (exit != 0)
        {
            // A fresh machine may have no package lists yet.
            Run("apt-get", "update -qq", TimeSpan.FromMinutes(4));
            (exit, output) = Run("apt-get", "install -y -qq rabbitmq-server", TimeSpan.FromMinutes(8));
        }

        return exit == 0 && File.Exists(Server) ? null : $"rabbitmq-server is not installed and 'apt-get install -y rabbitmq-server' failed ({exit}): {output}";
    }

    private static async Task<Uri> StartAsync()
    {
        if (UnavailableReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        if (IsListening())
        {
            return Uri;
        }

        var log = Path.Combine(Path.GetTempPath(), $"eventagents-rabbitmq-{Environment.ProcessId}.log");
        var start = new ProcessStartInfo("sh", ["-c", $"exec {Server} > '{log}' 2>&1"]) { UseShellExecute = false };
        start.Environment["RABBITMQ_NODENAME"] = "rabbit@localhost";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start rabbitmq-server.");
        _startedHere = true;
        var deadline = Stopwatch.StartNew();
        while (!IsListening())
        {
            if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(120))
            {
                throw new InvalidOperationException($"rabbitmq-server did not start listening on 5672 (exited: {process.HasExited}); see {log}.");
            }

            await Task.Delay(250);
        }

        return Uri;
    }

    /// <summary>Stops the server if these tests started it (a server that was already running is left alone).</summary>
    public static async Task StopIfStartedHereAsync()
    {
        if (!_startedHere)
        {
            return;
        }

        _startedHere = false;
        using var stop = Process.Start(new ProcessStartInfo("rabbitmqctl", "-n rabbit@localhost stop") { UseShellExecute = false, RedirectStandardOutput = true });
        if (stop is not null)
        {
            await stop.StandardOutput.ReadToEndAsync();
            await stop.WaitForExitAsync();
        }
    }

    private static bool IsListening()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", 5672);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static (int Exit, string Output) Run(string program, string arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program, arguments) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        var output = new System.Text.StringBuilder();
        try
        {
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, line) => Append(output, line.Data);
            process.ErrorDataReceived += (_, line) => Append(output, line.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "timed out");
            }

            process.WaitForExit();
            lock (output)
            {
                return (process.ExitCode, output.ToString());
            }
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }

    private static void Append(System.Text.StringBuilder output, string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
