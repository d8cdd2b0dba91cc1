using System.Net.WebSockets;
using System.Text.Json;
using EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;
using EventAgents.Testing;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>The context's credential check on an open socket: asked every interval and before each subscribe; a
/// failed check closes with 4403, a check that throws with 4500.</summary>
public sealed class LapsedCredentialTests : IAsyncLifetime
{
    private readonly GraphQLServer _watched = new() { Configure = o => Settings(o, checkEvery: TimeSpan.FromMilliseconds(50)) };
    private readonly GraphQLServer _unwatched = new() { Configure = o => Settings(o, checkEvery: TimeSpan.FromHours(1)) };

    public async Task InitializeAsync()
    {
        await _watched.InitializeAsync();
        await _unwatched.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _watched.DisposeAsync();
        await _unwatched.DisposeAsync();
    }

    [Fact]
    public async Task Revoking_the_credentials_of_an_open_subscription_closes_the_socket_with_4403_and_cancels_the_source()
    {
        var token = _watched.Credentials.Issue();
        await using var socket = await OpenSubscriptionAsync(_watched, token);

        _watched.Credentials.Revoke(token);

        Assert.Equal((4403, "The credentials are no longer valid."), await socket.ReceiveCloseAsync());
        await _watched.Probe.WaitForCancellationAsync();
    }

    [Fact]
    public async Task A_subscribe_after_the_credentials_were_revoked_is_refused_with_4403_before_it_starts()
    {
        var token = _unwatched.Credentials.Issue();
        await using var socket = await GraphQLTransportSocket.ConnectAsync(_unwatched.WebSocketAddress);
        await socket.InitAndAckAsync(Payload(token));

        _unwatched.Credentials.Revoke(token);
        await socket.SubscribeAsync("late", "subscription { forever }");

        Assert.Equal((4403, "The credentials are no longer valid."), await socket.ReceiveCloseAsync());
        Assert.Equal(0, _unwatched.Probe.Started);
    }

    [Fact]
    public async Task A_connection_whose_credentials_hold_stays_open_through_the_checks_and_runs_new_operations()
    {
        var token = _watched.Credentials.Issue();
        await using var socket = await OpenSubscriptionAsync(_watched, token);

        await _watched.Credentials.WaitForChecksAsync(token, 5);
        await socket.SubscribeAsync("q", "{ whoami: hello }");

        var answer = await socket.ReceiveForAsync("q");
        Assert.Equal("hello world", answer.GetProperty("payload").GetProperty("data").GetProperty("whoami").GetString());
        Assert.Equal(WebSocketState.Open, socket.State);
        Assert.Equal("next", (await socket.ReceiveForAsync("s")).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_credential_check_that_throws_closes_the_socket_with_4500()
    {
        var token = _watched.Credentials.Issue();
        await using var socket = await OpenSubscriptionAsync(_watched, token);

        _watched.Credentials.Break(token);

        Assert.Equal((4500, "The credentials could not be checked."), await socket.ReceiveCloseAsync());
    }

    private static async Task<GraphQLTransportSocket> OpenSubscriptionAsync(GraphQLServer server, string token)
    {
        var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketAddress);
        await socket.InitAndAckAsync(Payload(token));
        await socket.SubscribeAsync("s", "subscription { forever }");
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        return socket;
    }

    /// <summary>The check interval under test; the shared fixture's short init timeout is for the 4408 test, not a cold first socket here.</summary>
    private static void Settings(GraphQLEndpointOptions options, TimeSpan checkEvery)
    {
        options.CredentialCheckInterval = checkEvery;
        options.ConnectionInitTimeout = TimeSpan.FromSeconds(10);
    }

    private static string Payload(string token) => JsonSerializer.Serialize(new { Authorization = token });
}
