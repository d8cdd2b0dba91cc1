using System.Net.WebSockets;
using System.Text;
using EventAgents.GraphQL.Tests.Support;

namespace EventAgents.GraphQL.Tests;

/// <summary>API keys at the transports (401, 4403) and roles per field (viewer &lt; operator &lt; admin).</summary>
public sealed class AuthTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_request_without_a_key_or_with_an_unknown_key_is_401()
    {
        var (status, body) = await server.PostAsync("{ viewer { name } }");
        Assert.Equal(401, status);
        Assert.Contains("API key is required", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        Assert.Equal(401, (await server.PostAsync("{ viewer { name } }", key: "ea_0000_not-a-real-key")).Status);
        Assert.Equal(401, (await server.PostAsync("{ viewer { name } }", key: "x")).Status);
    }

    [Fact]
    public async Task A_websocket_without_a_key_is_closed_with_4403_and_with_a_key_is_acknowledged()
    {
        Assert.Equal(4403, (int)(await InitAsync(null)).CloseStatus!);
        Assert.Equal(4403, (int)(await InitAsync("Bearer ea_unknown")).CloseStatus!);
        var accepted = await InitAsync("Bearer " + server.ViewerKey);
        Assert.Null(accepted.CloseStatus);
        Assert.Contains("connection_ack", accepted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_key_sees_its_own_role()
    {
        var viewer = await server.DataAsync("{ viewer { name role } }", key: server.ViewerKey);
        Assert.Equal("VIEWER", viewer.GetProperty("viewer").GetProperty("role").GetString());
        Assert.Equal("ADMIN", (await server.DataAsync("{ viewer { role } }")).GetProperty("viewer").GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_viewer_cannot_run_an_operator_mutation_and_the_error_names_the_role()
    {
        var (status, body) = await server.PostAsync("""mutation { cancelRun(input: {runId: "r"}) { errors { code } } }""", key: server.ViewerKey);

        Assert.Equal(200, status);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("Forbidden: Mutation.cancelRun needs the operator role; this key has the viewer role.", error.GetProperty("message").GetString());
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("OPERATOR", error.GetProperty("extensions").GetProperty("requiredRole").GetString());
    }

    [Fact]
    public async Task Only_an_admin_manages_keys_and_a_revoked_key_stops_working()
    {
        const string create = "mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { keyId role } errors { code } } }";
        var (_, refused) = await server.PostAsync(create, new { input = new { name = "ci", role = "VIEWER" } }, server.OperatorKey);
        Assert.Contains("needs the admin role", refused.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        var created = (await server.DataAsync(create, new { input = new { name = "ci", role = "OPERATOR" } })).GetProperty("createApiKey");
        var key = created.GetProperty("key").GetString()!;
        Assert.Equal("OPERATOR", (await server.DataAsync("{ viewer { role } }", key: key)).GetProperty("viewer").GetProperty("role").GetString());

        var keyId = created.GetProperty("apiKey").GetProperty("keyId").GetString();
        await server.DataAsync("mutation ($id: ID!) { revokeApiKey(input: {keyId: $id}) { keyId } }", new { id = keyId });
        Assert.Equal(401, (await server.PostAsync("{ viewer { role } }", key: key)).Status);

        var listed = (await server.DataAsync("{ apiKeys { keyId name role revokedAt } }")).GetProperty("apiKeys").EnumerateArray().ToList();
        Assert.Contains(listed, k => k.GetProperty("keyId").GetString() == keyId && k.GetProperty("revokedAt").ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.DoesNotContain(key, listed.Select(k => k.ToString()).Aggregate(string.Concat), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_reads_how_the_server_runs_steps_and_the_sandboxed_default_has_no_warning()
    {
        var runner = (await server.DataAsync("{ server { runner isolation warning } }", key: server.ViewerKey)).GetProperty("server");

        // The default is the container runner where an engine with the agent image answers (as in CI), else the local sandbox.
        (string?, string?)[] isolated = [("docker", "container"), ("local", "bubblewrap sandbox")];
        Assert.Contains((runner.GetProperty("runner").GetString(), runner.GetProperty("isolation").GetString()), isolated);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, runner.GetProperty("warning").ValueKind);
    }

    [Fact]
    public async Task A_step_token_a_sandboxed_step_could_take_from_its_agent_is_no_key_for_the_graphql_api()
    {
        var tokens = new EventAgents.Application.Steps.Running.StepTokens(EventAgents.Host.Hosting.StepTokenKey.LoadOrCreate(server.Home), TimeProvider.System);
        var stepToken = tokens.Issue(new EventAgents.Application.Steps.Running.StepTokenScope("run-1", "plan", 1), TimeSpan.FromMinutes(5));

        var (status, _) = await server.PostAsync("{ server { runner } }", key: stepToken);

        Assert.Equal(401, status);
    }

    private async Task<(WebSocketCloseStatus? CloseStatus, string Message)> InitAsync(string? authorization)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(server.WebSocketUrl, CancellationToken.None);
        var init = authorization is null ? """{"type":"connection_init"}""" : System.Text.Json.JsonSerializer.Serialize(new { type = "connection_init", payload = new { Authorization = authorization } });
        await socket.SendAsync(Encoding.UTF8.GetBytes(init), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var received = await socket.ReceiveAsync(buffer, timeout.Token);
        return (received.MessageType == WebSocketMessageType.Close ? socket.CloseStatus : null, Encoding.UTF8.GetString(buffer, 0, received.Count));
    }
}
