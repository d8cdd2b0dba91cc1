namespace EventAgents.AgentHost.Configuration;

/// <summary>An MCP server whose tools the agent may use: a command it starts (stdio), or a URL (HTTP).</summary>
/// <param name="Name">Prefixes its tools' names: <c>name__tool</c>.</param>
/// <param name="Command">The program to start for stdio.</param>
/// <param name="Args">Its arguments.</param>
/// <param name="Env">Extra environment variables for it.</param>
/// <param name="Url">The server's endpoint for HTTP (Streamable HTTP, or SSE).</param>
public sealed record McpServerSettings(
    string Name, string? Command = null, IReadOnlyList<string>? Args = null, IReadOnlyDictionary<string, string>? Env = null, Uri? Url = null)
{
    /// <summary>What is wrong, naming the field; null when fine.</summary>
    public string? Problem() => this switch
    {
        { Name: null or "" } => "mcp_servers[].name is required.",
        _ when !Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') => $"mcp_servers[].name '{Name}' may hold only letters, digits, '-' and '_'.",
        { Command: null or "", Url: null } => $"mcp_servers '{Name}' needs a command (stdio) or a url (HTTP).",
        { Command: { Length: > 0 }, Url: not null } => $"mcp_servers '{Name}' has both a command and a url; give one.",
        _ => null,
    };
}
