using EventAgents.GraphQL.Common;

namespace EventAgents.Host.Hosting;

/// <summary>How this server runs steps, shown on /health and in the dashboard: a runner without isolation carries a warning.</summary>
/// <param name="Name">The <c>EVENTAGENTS_RUNNER</c> value in effect.</param>
/// <param name="Isolation">What keeps a step from the server.</param>
/// <param name="Warning">Set when steps can reach the server's secrets.</param>
public sealed record RunnerDescription(string Name, string Isolation, string? Warning)
{
    public static RunnerDescription Sandboxed { get; } = new("local", "bubblewrap sandbox", null);

    /// <summary>The sandbox where no control group can be made (typically not root on cgroup v2 without delegation).</summary>
    public static RunnerDescription SandboxedWithoutLimits(string problem) => new(
        "local",
        "bubblewrap sandbox without limits",
        $"{problem} Run the server as root, or use the container runner, to have them.");

    public static RunnerDescription Containers { get; } = new("docker", "container", null);

    public static RunnerDescription Unsafe { get; } = new(
        "unsafe-local",
        "none",
        "Steps run without a sandbox (EVENTAGENTS_RUNNER=unsafe-local): an agent or command can read the server's keys, secrets and database files. For development only.");

    /// <summary>What the GraphQL API's <c>server</c> field shows (the dashboard's warning banner).</summary>
    public ServerInfo ToServerInfo() => new(Name, Isolation, Warning);

    /// <summary>One line for the start-up log.</summary>
    public string Describe() => Warning is null ? $"Steps run with the '{Name}' runner ({Isolation})." : $"WARNING: {Warning}";
}
