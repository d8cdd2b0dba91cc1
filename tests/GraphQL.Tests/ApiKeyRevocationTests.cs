using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using EventAgents.GraphQL.Auth;
using EventAgents.GraphQL.Tests.Support;
using EventAgents.Testing;
using Npgsql;

namespace EventAgents.GraphQL.Tests;

/// <summary>A revoked (or deleted) API key ends the WebSocket and SSE connections opened with it: 4403, or an error
/// event; connections with other keys stay open.</summary>
public sealed class ApiKeyRevocationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Schema = "eventagents";
    private const string NoLongerValid = "The credentials are no longer valid.";

    [Fact]
    public async Task Revoking_a_key_closes_its_subscribed_socket_with_4403_while_another_keys_socket_keeps_receiving()
    {
        var (keyId, key) = await CreateKeyAsync("ws-revoked");
        await using var revoked = await SubscribedSocketAsync(key, "revocation-ws");
        await using var valid = await SubscribedSocketAsync(server.ViewerKey, "revocation-ws");

        await RevokeThroughTheApiAsync(keyId);

        Assert.Equal((4403, NoLongerValid), await revoked.ReceiveCloseAsync());
        var runId = await TestRuns.StartGatedAsync(server, "revocation-ws");
        var next = await valid.ReceiveForAsync("runs");
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal(runId, next.GetProperty("payload").GetProperty("data").GetProperty("runsChanged").GetProperty("runId").GetString());
        Assert.Equal(WebSocketState.Open, valid.State);
    }

    [Fact]
    public async Task A_subscribe_on_a_socket_whose_key_was_revoked_is_refused_and_the_socket_closes_with_4403()
    {
        var (keyId, key) = await CreateKeyAsync("ws-late");
        await using var socket = await OpenSocketAsync(key);

        await RevokeThroughTheApiAsync(keyId);
        await socket.SubscribeAsync("late", "{ viewer { role } }");

        var (code, reason, before) = await socket.ReceiveUntilCloseAsync();
        Assert.Equal((4403, NoLongerValid), (code, reason));
        Assert.DoesNotContain(before, m => m.TryGetProperty("id", out var id) && id.GetString() == "late");
    }

    [Fact]
    public async Task A_key_revoked_by_another_process_closes_the_socket_within_the_check_interval()
    {
        var (keyId, key) = await CreateKeyAsync("ws-cli");
        await using var socket = await SubscribedSocketAsync(key, "revocation-cli");

        // A second ApiKeys over the same tables, as the 'eventagents apikey revoke' process has: this server's memory of the key is not told.
        Assert.True(await new ApiKeys(server.Server.Store.DataSource, Schema, TimeProvider.System).RevokeAsync(keyId, CancellationToken.None));

        Assert.Equal((4403, NoLongerValid), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_deleted_key_closes_its_socket_with_4403()
    {
        var (keyId, key) = await CreateKeyAsync("ws-deleted");
        await using var socket = await SubscribedSocketAsync(key, "revocation-deleted");

        await using (var delete = server.Server.Store.DataSource.CreateCommand($"DELETE FROM {Schema}.api_keys WHERE key_id = $1"))
        {
            delete.Parameters.Add(new NpgsqlParameter { Value = keyId });
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }

        Assert.Equal((4403, NoLongerValid), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Revoking_a_key_ends_its_event_stream_with_an_error_event_while_another_keys_stream_keeps_streaming()
    {
        var (keyId, key) = await CreateKeyAsync("sse-revoked");
        using var revoked = await OpenStreamAsync(key, "revocation-sse");
        using var valid = await OpenStreamAsync(server.ViewerKey, "revocation-sse");

        await RevokeThroughTheApiAsync(keyId);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var rest = await revoked.ReadToEndAsync(timeout.Token);
        Assert.Equal(
            $"event: next\ndata: {{\"errors\":[{{\"message\":\"{NoLongerValid}\",\"extensions\":{{\"code\":\"UNAUTHENTICATED\"}}}}]}}\n\nevent: complete\ndata:\n\n",
            rest);
        var runId = await TestRuns.StartGatedAsync(server, "revocation-sse");
        string? line;
        do
        {
            line = await valid.ReadLineAsync(timeout.Token);
        }
        while (line is not null && !line.StartsWith("data: ", StringComparison.Ordinal));

        Assert.NotNull(line);
        Assert.Contains($"\"runId\":\"{runId}\"", line, StringComparison.Ordinal);
    }

    private async Task<(string KeyId, string Key)> CreateKeyAsync(string name)
    {
        var (info, key) = await server.Server.GraphQL.Api.Keys.CreateAsync(name, Role.Viewer, CancellationToken.None);
        return (info.KeyId, key);
    }

    private Task RevokeThroughTheApiAsync(string keyId) =>
        server.DataAsync("mutation ($id: ID!) { revokeApiKey(input: {keyId: $id}) { keyId } }", new { id = keyId });

    private async Task<GraphQLTransportSocket> OpenSocketAsync(string key)
    {
        var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketUrl);
        await socket.InitAndAckAsync(JsonSerializer.Serialize(new { Authorization = "Bearer " + key }));
        return socket;
    }

    private async Task<GraphQLTransportSocket> SubscribedSocketAsync(string key, string projectId)
    {
        var socket = await OpenSocketAsync(key);
        await socket.SubscribeAsync("runs", $"subscription {{ runsChanged(projectId: \"{projectId}\") {{ runId }} }}");
        await socket.RoundTripAsync();
        return socket;
    }

    /// <summary>Opens a runsChanged event stream with the key and returns a reader over its body once the stream started.</summary>
    private async Task<StreamReader> OpenStreamAsync(string key, string projectId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.GraphQLUrl)
        {
            Content = JsonContent.Create(new { query = $"subscription {{ runsChanged(projectId: \"{projectId}\") {{ runId }} }}" }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var response = await server.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return new StreamReader(await response.Content.ReadAsStreamAsync());
    }
}
