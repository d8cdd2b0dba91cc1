namespace EventAgents.Platform.EventStore;

/// <summary>How an <see cref="EventStore"/> is set up.</summary>
public sealed record EventStoreOptions
{
    /// <summary>The PostgreSQL schema holding the store's tables.</summary>
    public string Schema { get; init; } = "eventagents";

    /// <summary>The clock that stamps events.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Projections applied in the append's own transaction.</summary>
    public IReadOnlyList<IInlineProjection> InlineProjections { get; init; } = [];

    /// <summary>Send a PostgreSQL NOTIFY after appends so that subscribers in other processes wake at once.</summary>
    public bool NotifyOtherProcesses { get; init; } = true;
}
