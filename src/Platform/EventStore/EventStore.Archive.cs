

namespace EventAgents.Platform.EventStore;

public sealed partial class EventStore
{
    /// <summary>
    /// Archives a stream: its events stay for audits (readable with <see cref="ReadStreamOptions.IncludeArchived"/>)
    /// but it can no longer be appended to, and ordinary reads refuse it.
    /// </summary>
    public async Task ArchiveStreamAsync(string streamId, CancellationToken ct = default)
    {
        if (await GetStreamAsync(streamId, ct).ConfigureAwait(false) is null)
        {
            throw new ArgumentException($"Stream '{streamId}' does not exist.", nameof(streamId));
        }

        await using var session = Marten.LightweightSession();
        session.Events.ArchiveStream(streamId);
        await session.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
