namespace EventAgents.Platform.EventStore;

/// <summary>What is recorded about why and by whom an event was written.</summary>
public sealed record EventMetadata
{
    public string? CorrelationId { get; init; }

    public string? CausationId { get; init; }

    public string? Actor { get; init; }

    public Guid? CommandId { get; init; }

    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    public static EventMetadata Empty { get; } = new();
}
