using System.Globalization;

namespace EventAgents.Engine.Runners.Sandboxing;

/// <summary>The relays of a step's other endpoints (its model providers'), one socket each in the attempt's run folder.</summary>
public static class EndpointRelays
{
    /// <summary>
    /// Starts a relay in <paramref name="runDirectory"/> for each endpoint (adding it to <paramref name="relays"/>) and
    /// returns the value of <c>EVENTAGENTS_ENDPOINT_SOCKETS</c> (<c>host:port=socket</c>, separated by <c>;</c>), or
    /// null when there are none.
    /// </summary>
    public static string? Start(IEnumerable<Uri> endpoints, string runDirectory, List<AgentApiRelay> relays)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(relays);
        var sockets = new List<string>();
        foreach (var endpoint in endpoints.DistinctBy(Key))
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"endpoint-{relays.Count}.sock");
            relays.Add(AgentApiRelay.Start(endpoint, Path.Combine(runDirectory, name)));
            sockets.Add($"{Key(endpoint)}={SandboxLayout.Inside(name)}");
        }

        return sockets.Count > 0 ? string.Join(';', sockets) : null;
    }

    private static string Key(Uri endpoint) => string.Create(CultureInfo.InvariantCulture, $"{endpoint.IdnHost.ToLowerInvariant()}:{endpoint.Port}");
}
