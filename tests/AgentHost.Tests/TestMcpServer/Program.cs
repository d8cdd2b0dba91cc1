using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

// An MCP server over stdio with three tools, for the agent's MCP tests.
var options = new McpServerOptions
{
    ServerInfo = new Implementation { Name = "test-tools", Version = "1.0.0" },
    ToolCollection =
    [
        McpServerTool.Create((string text) => $"echo: {text}", new McpServerToolCreateOptions { Name = "echo", Description = "Says the text back.", ReadOnly = true }),
        McpServerTool.Create(
            (string name) => Environment.GetEnvironmentVariable(name) ?? "(unset)",
            new McpServerToolCreateOptions { Name = "env", Description = "The value of an environment variable.", ReadOnly = true }),
        McpServerTool.Create(
            (string path) =>
            {
                File.WriteAllText(path, "made by the MCP server");
                return $"wrote {Path.GetFullPath(path)}";
            },
            new McpServerToolCreateOptions { Name = "touch", Description = "Writes a file relative to the working directory." }),
    ],
};
await using var server = McpServer.Create(new StdioServerTransport(options), options);
await server.RunAsync();
