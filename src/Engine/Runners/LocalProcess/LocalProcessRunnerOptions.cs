using EventAgents.Engine.Runners.Sandboxing;

namespace EventAgents.Engine.Runners.LocalProcess;

/// <summary>Where the local-process runner finds the agent, how it isolates it and how patiently it stops one.</summary>
public sealed record LocalProcessRunnerOptions
{
    /// <summary>
    /// Whether each step runs in a bubblewrap sandbox (<see cref="Bubblewrap"/>): the default. Without it
    /// (<c>EVENTAGENTS_RUNNER=unsafe-local</c>, for development only) a step can read everything the server can.
    /// </summary>
    public bool Sandboxed { get; init; } = true;

    /// <summary>The user a sandboxed step runs as; by default <see cref="SandboxUser.For"/> of this process's environment.</summary>
    public SandboxUser? User { get; init; }

    /// <summary>The memory, CPU and pids limits of each sandboxed step.</summary>
    public StepLimits Limits { get; init; } = new();

    /// <summary>The file name of the agent program.</summary>
    public const string AgentAssemblyName = "eventagents-agent.dll";

    /// <summary>Path of <c>eventagents-agent.dll</c>; by default the one next to the running program.</summary>
    public string? AgentAssemblyPath { get; init; }

    /// <summary>Path of the <c>dotnet</c> host; by default the one running this program.</summary>
    public string? DotnetPath { get; init; }

    /// <summary>How long to wait for a killed agent to be gone.</summary>
    public TimeSpan StopWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The agent assembly to run, or a clear error when it is missing.</summary>
    public string ResolveAgentAssembly()
    {
        var path = AgentAssemblyPath ?? Path.Combine(AppContext.BaseDirectory, AgentAssemblyName);
        return File.Exists(path)
            ? Path.GetFullPath(path)
            : throw new FileNotFoundException($"The agent program was not found at '{path}'; build src/AgentHost or configure its path.", path);
    }

    /// <summary>The <c>dotnet</c> host that runs the agent assembly.</summary>
    public string ResolveDotnet()
    {
        if (DotnetPath is { } configured)
        {
            return configured;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
