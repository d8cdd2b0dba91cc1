namespace EventAgents.Platform.Messaging;

/// <summary>A serialized message as transports carry and store it.</summary>
public sealed record Envelope
{
    public required Guid MessageId { get; init; }

    /// <summary>The message's stable type name.</summary>
    public required string MessageType { get; init; }

    /// <summary>The message as JSON.</summary>
    public required string Body { get; init; }

    /// <summary>The queue whose workers handle it.</summary>
    public required string Queue { get; init; }

    public required DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>Not delivered before this time.</summary>
    public required DateTimeOffset DeliverAt { get; init; }

    public string? CorrelationId { get; init; }

    public string? CausationId { get; init; }

    public IReadOnlyDictionary<string, string>? Headers { get; init; }
}
