using EventAgents.Platform.EventStore;

namespace EventAgents.Platform.EventStore.Tests;

public sealed record AccountOpened(string Owner);

public sealed record MoneyDeposited(decimal Amount);

public sealed record MoneyWithdrawn(decimal Amount);

public sealed record Tick(int Writer, int Number);

/// <summary>Version 2 of MoneyDeposited: the amount became cents plus a currency.</summary>
public sealed record MoneyDepositedV2(long Cents, string Currency);

public sealed record Account(string? Owner, decimal Balance, int Operations)
{
    public static Account Initial { get; } = new(null, 0, 0);

    public static Account Evolve(Account state, object @event) => @event switch
    {
        AccountOpened e => state with { Owner = e.Owner, Operations = state.Operations + 1 },
        MoneyDeposited e => state with { Balance = state.Balance + e.Amount, Operations = state.Operations + 1 },
        MoneyDepositedV2 e => state with { Balance = state.Balance + (e.Cents / 100m), Operations = state.Operations + 1 },
        MoneyWithdrawn e => state with { Balance = state.Balance - e.Amount, Operations = state.Operations + 1 },
        _ => state,
    };
}

internal static class TestRegistry
{
    public static EventTypeRegistry Create() => new EventTypeRegistry()
        .Map<AccountOpened>("account.opened.v1")
        .Map<MoneyDeposited>("account.money-deposited.v1")
        .Map<MoneyWithdrawn>("account.money-withdrawn.v1")
        .Map<Tick>("test.tick.v1");
}
