namespace EventAgents.Platform.Messaging;

/// <summary>Where an <see cref="EventReactor"/> sends and appends what its handlers return.</summary>
public sealed record EventReactorOptions
{
    /// <summary>The store the reactor's subscription reads, and its handlers' events are appended to.</summary>
    public required EventStore.EventStore Store { get; init; }

    public required IMessageTransport Transport { get; init; }

    public required EnvelopeFactory Envelopes { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
