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

    /// <summary>
    /// How many streams' latest states <see cref="EventStore.LoadAsync{TState}"/> keeps in memory, so that a load folds only
    /// the events written since; 0 turns the cache off. States must be immutable (records), as deciders' states are.
    /// </summary>
    public int StateCacheSize { get; init; } = 10_000;

    /// <summary>Send a PostgreSQL NOTIFY after appends so that subscribers in other processes wake at once.</summary>
    public bool NotifyOtherProcesses { get; init; } = true;
}
