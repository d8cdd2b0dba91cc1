using System.Globalization;

namespace EventAgents.AgentHost.Configuration;

/// <summary>What the agent learns from its environment.</summary>
/// <param name="ServerUrl">Base URL of the API.</param>
/// <param name="StepToken">Bearer token for the reports.</param>
/// <param name="ConfigurationFile">Path of the step configuration file.</param>
/// <param name="RunId">The run.</param>
/// <param name="StepId">The step.</param>
/// <param name="Attempt">The attempt.</param>
/// <param name="Workspace">The workspace root.</param>
public sealed record AgentSettings(Uri ServerUrl, string StepToken, string ConfigurationFile, string RunId, string StepId, int Attempt, string Workspace)
{
    /// <summary>
    /// The Unix socket through which a sandboxed agent reaches the server (its only way out when it has no network);
    /// the connections of <see cref="ServerUrl"/> go to it instead of to the URL's host.
    /// </summary>
    public string? ServerSocket { get; init; }

    /// <summary>The Unix sockets a sandboxed agent reaches its model providers through, by <c>host:port</c>.</summary>
    public IReadOnlyDictionary<string, string> EndpointSockets { get; init; } = new Dictionary<string, string>();

    /// <summary>Reads the settings, or names every missing or bad variable in <paramref name="error"/>.</summary>
    public static AgentSettings? FromEnvironment(Func<string, string?> variable, string currentDirectory, out string? error)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var problems = new List<string>();
        string Required(string name)
        {
            var value = variable(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{name} is not set");
            }

            return value ?? "";
        }

        var url = Required(AgentEnvironment.ServerUrl);
        var token = Required(AgentEnvironment.StepToken);
        var file = Required(AgentEnvironment.ConfigurationFile);
        var run = Required(AgentEnvironment.RunId);
        var step = Required(AgentEnvironment.StepId);
        var attemptText = Required(AgentEnvironment.Attempt);
        if (url.Length > 0 && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            problems.Add($"{AgentEnvironment.ServerUrl} is not an absolute URL");
        }

        if (attemptText.Length > 0 && !int.TryParse(attemptText, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            problems.Add($"{AgentEnvironment.Attempt} is not a number");
        }

        error = problems.Count == 0 ? null : string.Join("; ", problems);
        return error is not null ? null : new AgentSettings(
            new Uri(url), token, file, run, step, int.Parse(attemptText, CultureInfo.InvariantCulture),
            variable(AgentEnvironment.Workspace) is { Length: > 0 } workspace ? workspace : currentDirectory)
        {
            ServerSocket = variable(AgentEnvironment.ServerSocket) is { Length: > 0 } socket ? socket : null,
            EndpointSockets = SandboxHttp.ParseSockets(variable(AgentEnvironment.EndpointSockets)),
        };
    }

    /// <summary>Hides the step token.</summary>
    public override string ToString() => $"AgentSettings {{ RunId = {RunId}, StepId = {StepId}, Attempt = {Attempt} }}";
}
