using EventAgents.Platform.EventStore;

namespace EventAgents.Platform.Messaging;

/// <summary>
/// What a handler decided: the messages that follow and the events to append. The platform performs it:
/// appends (with the handled message's id as the command id) and sends, so that a redelivery repeats nothing.
/// </summary>
public sealed record Outcome
{
    public static Outcome None { get; } = new();

    public IReadOnlyList<OutgoingMessage> Messages { get; init; } = [];

    /// <summary>Events for the stream an aggregate handler loaded, appended at the version it was loaded at.</summary>
    public IReadOnlyList<object> Events { get; init; } = [];

    /// <summary>Events for any streams, appended atomically with <see cref="Events"/>.</summary>
    public IReadOnlyList<StreamAppend> Appends { get; init; } = [];

    public bool IsEmpty => Messages.Count == 0 && Events.Count == 0 && Appends.Count == 0;

    public static Outcome Send(params object[] messages) => None.AndSend(messages);

    public static Outcome Emit(params object[] events) => None.AndEmit(events);

    public static Outcome Schedule(object message, DateTimeOffset at) => None.AndSchedule(message, at);

    public static Outcome Delay(object message, TimeSpan delay) => None.AndDelay(message, delay);

    public Outcome AndSend(params object[] messages) => this with { Messages = [.. Messages, .. messages.Select(m => new OutgoingMessage(m))] };

    public Outcome AndSend(OutgoingMessage message) => this with { Messages = [.. Messages, message] };

    public Outcome AndSchedule(object message, DateTimeOffset at) => AndSend(new OutgoingMessage(message) { DeliverAt = at });

    public Outcome AndDelay(object message, TimeSpan delay) => AndSend(new OutgoingMessage(message) { Delay = delay });

    public Outcome AndEmit(params object[] events) => this with { Events = [.. Events, .. events] };

    public Outcome AndAppend(string streamId, ExpectedVersion expected, params object[] events) =>
        this with { Appends = [.. Appends, new StreamAppend(streamId, expected, events)] };
}
