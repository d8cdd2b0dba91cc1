using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace EventAgents.AgentHost.Tests.Support;

/// <summary>
/// An MCP server over Streamable HTTP on Kestrel at 127.0.0.1 (one session), built from the MCP package's own server and
/// its Streamable HTTP transport: POST /mcp carries the client's JSON-RPC messages, the answers stream back as events.
/// </summary>
public sealed class HttpMcpServer : IAsyncDisposable
{
    private const string Session = "test-session";
    private readonly CancellationTokenSource stop = new();
    private readonly WebApplication app;
    private readonly McpServer server;
    private readonly Task running;

    private HttpMcpServer(WebApplication app, McpServer server)
    {
        this.app = app;
        this.server = server;
        running = server.RunAsync(stop.Token);
    }

    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/mcp");

    public static async Task<HttpMcpServer> StartAsync()
    {
        var options = new McpServerOptions
        {
            ServerInfo = new Implementation { Name = "http-test-tools", Version = "1.0.0" },
            ToolCollection =
            [
                McpServerTool.Create((int a, int b) => $"{a + b}", new McpServerToolCreateOptions { Name = "add", Description = "Adds two numbers.", ReadOnly = true }),
            ],
        };
        var transport = new StreamableHttpServerTransport { SessionId = Session };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var mcp = new HttpMcpServer(builder.Build(), McpServer.Create(transport, options));
        mcp.app.MapPost("/mcp", async (HttpContext http) =>
        {
            var message = await JsonSerializer.DeserializeAsync<JsonRpcMessage>(http.Request.Body, McpJsonUtilities.DefaultOptions, http.RequestAborted);
            http.Response.Headers["Mcp-Session-Id"] = Session;
            http.Response.ContentType = "text/event-stream";
            if (!await transport.HandlePostRequestAsync(message!, http.Response.Body, http.RequestAborted))
            {
                http.Response.ContentType = null;
                http.Response.StatusCode = StatusCodes.Status202Accepted;
            }
        });
        mcp.app.MapGet("/mcp", () => Results.StatusCode(StatusCodes.Status405MethodNotAllowed));
        mcp.app.MapDelete("/mcp", () => Results.Ok());
        await mcp.app.StartAsync();
        var address = mcp.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        mcp.Endpoint = new Uri(address + "/mcp");
        return mcp;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await server.DisposeAsync();
        await app.DisposeAsync();
        stop.Dispose();
    }
}
