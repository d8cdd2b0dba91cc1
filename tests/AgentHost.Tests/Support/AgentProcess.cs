using System.Diagnostics;
using System.Text;
using EventAgents.AgentHost.Configuration;

namespace EventAgents.AgentHost.Tests.Support;

/// <summary>The real agent program (<c>eventagents-agent.dll</c>) as a child process, with its standard output and error kept.</summary>
public sealed class AgentProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private AgentProcess(Process process) => this.process = process;

    public int Id => process.Id;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static AgentProcess Start(FakeAgentApi api, string workspace, string configurationFile, string stepToken, IReadOnlyDictionary<string, string>? extra = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workspace,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "eventagents-agent.dll"));
        start.Environment[AgentEnvironment.ServerUrl] = api.BaseUrl.ToString();
        start.Environment[AgentEnvironment.StepToken] = stepToken;
        start.Environment[AgentEnvironment.ConfigurationFile] = configurationFile;
        start.Environment[AgentEnvironment.RunId] = "run-1";
        start.Environment[AgentEnvironment.StepId] = "build";
        start.Environment[AgentEnvironment.Attempt] = "1";
        start.Environment[AgentEnvironment.Workspace] = workspace;
        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var agent = new AgentProcess(Process.Start(start)!);
        agent.process.OutputDataReceived += (_, line) => agent.Append(line.Data);
        agent.process.ErrorDataReceived += (_, line) => agent.Append(line.Data);
        agent.process.BeginOutputReadLine();
        agent.process.BeginErrorReadLine();
        return agent;
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Sends SIGTERM, as a runner's stop does, and waits for the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        return await WaitAsync(timeout);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
