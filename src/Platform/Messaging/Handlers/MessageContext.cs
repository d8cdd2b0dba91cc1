namespace EventAgents.Platform.Messaging;

/// <summary>What a handler knows about the message besides its content. Time comes from here, never from a clock.</summary>
public sealed record MessageContext
{
    public required Guid MessageId { get; init; }

    /// <summary>The message's stable type name.</summary>
    public required string MessageType { get; init; }

    /// <summary>The time handling started, from the platform's injected clock.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>1 on first delivery, then 2, 3, ... on redeliveries and retries.</summary>
    public int Attempt { get; init; } = 1;

    public string? CorrelationId { get; init; }

    public string? CausationId { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
