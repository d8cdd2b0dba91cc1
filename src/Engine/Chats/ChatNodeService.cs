using EventAgents.Application.Chats.Replying;
using EventAgents.Platform.Postgres;
using Microsoft.Extensions.Hosting;

namespace EventAgents.Engine.Chats;

/// <summary>
/// Chat in a host: as it starts, the replies of the other nodes on the database start to arrive here; then the
/// <see cref="ChatNode"/> answers the users' messages until the host stops.
/// </summary>
public sealed class ChatNodeService(PostgresBroadcast<ChatReplyChunk> replies, ChatNode node) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await replies.StartAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => node.RunAsync(stoppingToken);
}
