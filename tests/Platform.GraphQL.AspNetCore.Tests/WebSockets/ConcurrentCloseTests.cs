using System.Text.Json;
using EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;
using EventAgents.Testing;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>Two closes of one socket at once (a subscribe refused for revoked credentials while the periodic check finds
/// them revoked too): the connection keeps one close grace timer and disposes it when it ends.</summary>
public sealed class ConcurrentCloseTests : IAsyncLifetime
{
    private readonly CloseRaceClock _clock = new();
    private readonly GraphQLServer _server;

    public ConcurrentCloseTests() => _server = new GraphQLServer
    {
        Configure = o =>
        {
            o.TimeProvider = _clock;
            o.CredentialCheckInterval = CloseRaceClock.CheckInterval;
            o.ConnectionInitTimeout = TimeSpan.FromSeconds(10);
        },
    };

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Closing_from_the_receive_loop_and_the_credential_check_at_once_leaves_no_grace_timer_behind()
    {
        var token = _server.Credentials.Issue();
        await using var socket = await GraphQLTransportSocket.ConnectAsync(_server.WebSocketAddress);
        await socket.InitAndAckAsync(JsonSerializer.Serialize(new { Authorization = token }));

        _server.Credentials.Revoke(token);
        await socket.SubscribeAsync("late", "subscription { forever }");
        await _clock.FirstGraceRequested.WaitAsync(TimeSpan.FromSeconds(10));
        _clock.EndCheckWait();

        Assert.Equal((4403, "The credentials are no longer valid."), await socket.ReceiveCloseAsync());
        await Eventually.TrueAsync(() => _clock.GraceRequests == 2, TimeSpan.FromSeconds(10), "both closes reach the grace timer");
        await Eventually.TrueAsync(() => _clock.UndisposedGraceTimers == 0, TimeSpan.FromSeconds(10), "the connection's grace timers are disposed");
        Assert.Empty(_clock.GraceCallbackFailures);
    }
}
