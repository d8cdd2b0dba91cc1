using System.Runtime.CompilerServices;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema;
using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;

/// <summary>A small schema with a query, a mutation and subscriptions (finite, endless, silent, ending quietly when cancelled) for the transport tests.</summary>
public static class TestSchema
{
    public static GraphQLSchema Create(SubscriptionProbe probe) => new SchemaBuilder()
        .Object("Query", q => q
            .Field("hello", "String!", f => f.Argument("name", "String", a => a.DefaultValue("world")).Resolve(c => "hello " + c.GetArgument<string>("name")))
            .Field("boom", "String", _ => throw new GraphQLException("boom failed"))
            .Field("whoami", "String", c => c.UserContext as string)
            .Field("number", "Int", f => f.Argument("value", "Int!").Resolve(c => c.GetArgument<int>("value"))))
        .Object("Mutation", m => m
            .Field("add", "Int!", f => f.Argument("a", "Int!").Argument("b", "Int!").Resolve(c => c.GetArgument<int>("a") + c.GetArgument<int>("b"))))
        .Object("Subscription", s => s
            .Field("count", "Int!", f => f.Argument("to", "Int!").Subscribe(c => Count(c.GetArgument<int>("to"), c.CancellationToken)))
            .Field("forever", "Int!", f => f.Subscribe(c => Forever(probe, c.CancellationToken)))
            .Field("whoami", "String", f => f.Subscribe(c => Once(c.UserContext as string)))
            .Field("failing", "Int!", f => f.Subscribe(_ => Failing()))
            .Field("idle", "Int!", f => f.Subscribe(c => Idle(c.CancellationToken)))
            .Field("quiet", "Int!", f => f.Subscribe(c => Quiet(c.CancellationToken))))
        .Build();

    private static async IAsyncEnumerable<int> Count(int to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> Forever(SubscriptionProbe probe, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        probe.OnStarted();
        using var registration = cancellationToken.Register(probe.OnCancelled);
        for (var i = 0; ; i++)
        {
            yield return i;
            await Task.Delay(20, cancellationToken);
        }
    }

    private static async IAsyncEnumerable<int> Idle([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        yield break;
    }

    /// <summary>One event, then ends without an error once cancelled, as a source looping while not cancelled does.</summary>
    private static async IAsyncEnumerable<int> Quiet([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return 1;
        await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private static async IAsyncEnumerable<int> Failing()
    {
        await Task.Yield();
        yield return 1;
        throw new GraphQLException("source broke");
    }

    private static async IAsyncEnumerable<string?> Once(string? value)
    {
        await Task.Yield();
        yield return value;
    }
}
