namespace EventAgents.Platform.Messaging;

/// <summary>Sends messages over a transport: now, at a time, or after a delay.</summary>
public sealed class MessageBus(IMessageTransport transport, EnvelopeFactory envelopes)
{
    public EnvelopeFactory Envelopes => envelopes;

    public Task SendAsync(object message, CancellationToken ct = default) => SendAsync(new OutgoingMessage(message), ct);

    public Task ScheduleAsync(object message, DateTimeOffset at, CancellationToken ct = default) =>
        SendAsync(new OutgoingMessage(message) { DeliverAt = at }, ct);

    public Task DelayAsync(object message, TimeSpan delay, CancellationToken ct = default) =>
        SendAsync(new OutgoingMessage(message) { Delay = delay }, ct);

    public Task SendAsync(OutgoingMessage message, CancellationToken ct = default) =>
        transport.SendAsync([envelopes.Create(message)], ct);
}
