using EventAgents.AgentHost.Configuration;
using Microsoft.Extensions.AI;
using ModelContextProtocol.Client;

namespace EventAgents.AgentHost.Mcp;

/// <summary>
/// The tools of the MCP servers configured for the agent, named <c>server__tool</c>; a tool the server marks read-only
/// runs alongside others. Disposing closes the connections (and stops stdio servers).
/// </summary>
public sealed class McpTools : IAsyncDisposable
{
    private readonly List<McpClient> clients = [];

    private McpTools()
    {
    }

    /// <summary>The tools offered to the model.</summary>
    public IReadOnlyList<AIFunction> Functions { get; private set; } = [];

    /// <summary>Connects to every server and lists its tools; a server that cannot be reached fails the start, naming it.</summary>
    public static async Task<McpTools> ConnectAsync(
        IReadOnlyList<McpServerSettings> servers, string workingDirectory, IReadOnlyList<string> hiddenVariables, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(servers);
        var tools = new McpTools();
        var functions = new List<AIFunction>();
        try
        {
            foreach (var server in servers)
            {
                var client = await ConnectAsync(server, workingDirectory, hiddenVariables, ct).ConfigureAwait(false);
                tools.clients.Add(client);
                foreach (var tool in await client.ListToolsAsync(cancellationToken: ct).ConfigureAwait(false))
                {
                    functions.Add(tool.WithName($"{server.Name}__{tool.Name}"));
                }
            }
        }
        catch
        {
            await tools.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        tools.Functions = functions;
        return tools;
    }

    /// <summary>True when <paramref name="function"/> is an MCP tool its server marks read-only.</summary>
    public static bool IsReadOnly(AIFunction function) => function is McpClientTool { ProtocolTool.Annotations.ReadOnlyHint: true };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients)
        {
            await client.DisposeAsync().ConfigureAwait(false);
        }

        clients.Clear();
    }

    private static async Task<McpClient> ConnectAsync(McpServerSettings server, string workingDirectory, IReadOnlyList<string> hiddenVariables, CancellationToken ct)
    {
        IClientTransport transport = server.Url is { } url
            ? new HttpClientTransport(new HttpClientTransportOptions { Endpoint = url, Name = server.Name })
            : new StdioClientTransport(new StdioClientTransportOptions
            {
                Name = server.Name,
                Command = server.Command!,
                Arguments = [.. server.Args ?? []],
                WorkingDirectory = workingDirectory,
                EnvironmentVariables = Environment(server, hiddenVariables),
            });
        try
        {
            return await McpClient.CreateAsync(transport, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throw new IOException($"The MCP server '{server.Name}' could not be reached: {exception.Message}", exception);
        }
    }

    private static Dictionary<string, string?> Environment(McpServerSettings server, IReadOnlyList<string> hiddenVariables)
    {
        var variables = hiddenVariables.ToDictionary(name => name, _ => (string?)null, StringComparer.Ordinal);
        foreach (var (name, value) in server.Env ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }

        return variables;
    }
}
