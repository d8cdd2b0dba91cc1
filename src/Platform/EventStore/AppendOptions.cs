namespace EventAgents.Platform.EventStore;

/// <summary>Per-append settings: the command it carries out and the metadata stamped on each event.</summary>
public sealed record AppendOptions
{
    /// <summary>When set, an append carrying a command id already applied returns the first result and writes nothing.</summary>
    public Guid? CommandId { get; init; }

    public string? CorrelationId { get; init; }

    public string? CausationId { get; init; }

    public string? Actor { get; init; }

    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    public static AppendOptions None { get; } = new();

    internal EventMetadata ToMetadata() => new()
    {
        CommandId = CommandId,
        CorrelationId = CorrelationId,
        CausationId = CausationId,
        Actor = Actor,
        Headers = Headers,
    };
}
