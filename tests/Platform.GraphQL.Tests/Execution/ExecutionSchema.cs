using System.Runtime.CompilerServices;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema;
using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.Platform.GraphQL.Tests.Execution;

public enum Priority
{
    Low,
    High,
    VeryHigh,
}

public sealed record Item(string Id, string Title, Priority Priority, string[] Tags, DateTimeOffset Due);

public sealed record Person(string Id, string Name);

/// <summary>A code-first schema exercising most execution features.</summary>
public static class ExecutionSchema
{
    public static GraphQLSchema Create(List<string>? log = null) => new SchemaBuilder()
        .Object("Query", q => q
            .Field("hello", "String!", _ => "world")
            .Field("greet", "String!", f => f
                .Argument("name", "String!", a => a.DefaultValue("you"))
                .Argument("times", "Int", a => a.DefaultLiteralText("1"))
                .Resolve(c => string.Concat(Enumerable.Repeat("hi " + c.GetArgument<string>("name") + ";", c.GetArgument<int>("times")))))
            .Field("item", "Item", f => f.Argument("id", "ID!").Resolve(c => c.GetArgument<string>("id") == "1" ? Sample : null))
            .Field("items", "[Item!]!", f => f.Argument("first", "Int").ResolveAsync(async c =>
            {
                await Task.Yield();
                return (object)new[] { Sample, Sample with { Id = "2", Title = "second", Priority = Priority.Low } };
            }))
            .Field("search", "[SearchResult]", _ => new object?[] { Sample, new Person("p1", "Ada"), new Dictionary<string, object?> { ["__typename"] = "Person", ["id"] = "p2", ["name"] = "Bob" } })
            .Field("node", "Node", f => f.Argument("id", "ID!").Resolve(c => c.GetArgument<string>("id") == "p1" ? new Person("p1", "Ada") : Sample))
            .Field("boom", "String", _ => throw new GraphQLException("boom!", new Dictionary<string, object?> { ["code"] = "BOOM" }))
            .Field("nonNullBoom", "String!", _ => throw new InvalidOperationException("inner failure"))
            .Field("brokenItems", "[Item]", _ => new[] { Sample, Sample with { Title = null! } })
            .Field("strictItems", "[Item!]", _ => new[] { Sample, Sample with { Title = null! } })
            .Field("echo", "JSON", f => f.Argument("value", "JSON").Resolve(c => c.Arguments["value"]))
            .Field("filter", "String", f => f.Argument("filter", "Filter").Resolve(c => System.Text.Json.JsonSerializer.Serialize(c.Arguments["filter"])))
            .Field("priority", "Priority", f => f.Argument("p", "Priority!").Resolve(c => c.Arguments["p"]))
            .Field("big", "Long", _ => 9_007_199_254_740_993L)
            .Field("slow", "String", f => f.ResolveAsync(async c =>
            {
                await Task.Delay(50, c.CancellationToken);
                return "slow";
            }))
            .Field("context", "String", c => c.UserContext as string)
            .Field("old", "String", f => f.Deprecated("Use `hello`.").Resolve(_ => "old")))
        .Object("Mutation", m => m
            .Field("first", "String", f => f.ResolveAsync(async _ =>
            {
                await Task.Delay(20);
                log?.Add("first");
                return "1";
            }))
            .Field("second", "String", f => f.Resolve(_ =>
            {
                log?.Add("second");
                return "2";
            })))
        .Object("Subscription", s => s
            .Field("ticks", "Int!", f => f.Argument("count", "Int!").Subscribe(c => Ticks(c.GetArgument<int>("count"), c.CancellationToken)))
            .Field("tickItems", "Item", f => f.Subscribe(c => Ticks(2, c.CancellationToken)).Resolve(c => Sample with { Id = c.Source!.ToString()! })))
        .Interface("Node", i => i.Field("id", "ID!"))
        .Object("Item", t => t
            .ClrType<Item>()
            .Implements("Node")
            .Field("id", "ID!")
            .Field("title", "String!")
            .Field("priority", "Priority!")
            .Field("tags", "[String!]!")
            .Field("due", "DateTime")
            .Field("owner", "Person", _ => new Person("p1", "Ada")))
        .Object("Person", t => t.Implements("Node").Field("id", "ID!").Field("name", "String"))
        .Union("SearchResult", u => u.Types("Item", "Person"))
        .Enum<Priority>()
        .InputObject("Filter", i => i
            .Field("text", "String")
            .Field("priority", "Priority", f => f.DefaultLiteralText("HIGH"))
            .Field("tags", "[String!]"))
        .Scalar(ScalarType.Long)
        .Scalar(ScalarType.DateTime)
        .Scalar(ScalarType.Json)
        .Build();

    public static Item Sample { get; } = new("1", "first", Priority.VeryHigh, ["a", "b"], new DateTimeOffset(2026, 11, 21, 10, 30, 0, TimeSpan.Zero));

    private static async IAsyncEnumerable<int> Ticks(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }
}
