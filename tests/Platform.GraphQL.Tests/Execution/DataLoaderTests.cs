using System.Collections.Concurrent;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema;
using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.Platform.GraphQL.Tests.Execution;

public sealed class DataLoaderTests
{
    private readonly ConcurrentQueue<string[]> _batches = new();

    private GraphQLSchema Schema(bool asyncList) => new SchemaBuilder()
        .Object("Query", q => q
            .Field("tasks", "[Task!]!", f => f.ResolveAsync(async _ =>
            {
                if (asyncList)
                {
                    await Task.Delay(5);
                }

                return (object)Enumerable.Range(1, 6).Select(i => new Dictionary<string, object?> { ["id"] = i, ["ownerId"] = "u" + (i % 3) }).ToArray();
            })))
        .Object("Task", t => t
            .Field("id", "Int!")
            .Field("owner", "User", f => f.ResolveAsync(c => Owners(c).LoadAsync((string)((IReadOnlyDictionary<string, object?>)c.Source!)["ownerId"]!))))
        .Object("User", u => u
            .Field("id", "ID!")
            .Field("friend", "User", f => f.ResolveAsync(c => Owners(c).LoadAsync("f-" + ((IReadOnlyDictionary<string, object?>)c.Source!)["id"]))))
        .Build();

    private EventAgents.Platform.GraphQL.Execution.DataLoading.DataLoader<string, IReadOnlyDictionary<string, object?>> Owners(ResolveContext context) =>
        context.DataLoader<string, IReadOnlyDictionary<string, object?>>("owners", async (keys, cancellationToken) =>
        {
            _batches.Enqueue([.. keys]);
            await Task.Delay(5, cancellationToken);
            return keys.Where(k => k != "u0").ToDictionary(k => k, k => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["id"] = k });
        });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Loads_of_one_level_are_fetched_in_one_batch_and_cached(bool asyncList)
    {
        var executor = new GraphQLExecutor(Schema(asyncList));
        for (var run = 0; run < 20; run++)
        {
            _batches.Clear();
            await RunOnce(executor);
        }
    }

    private async Task RunOnce(GraphQLExecutor executor)
    {
        var result = await executor.ExecuteAsync(new ExecutionRequest("{ tasks { id owner { id friend { id } } } }"));
        Assert.Null(result.Errors);
        Assert.Equal(
            """{"data":{"tasks":[{"id":1,"owner":{"id":"u1","friend":{"id":"f-u1"}}},{"id":2,"owner":{"id":"u2","friend":{"id":"f-u2"}}},{"id":3,"owner":null},{"id":4,"owner":{"id":"u1","friend":{"id":"f-u1"}}},{"id":5,"owner":{"id":"u2","friend":{"id":"f-u2"}}},{"id":6,"owner":null}]}}""",
            result.ToJson());
        var batches = _batches.ToArray();
        Assert.True(batches.Length == 2, string.Join(" | ", batches.Select(b => string.Join(",", b))));
        Assert.Equal(["u1", "u2", "u0"], batches[0]);
        Assert.Equal(["f-u1", "f-u2"], batches[1]);
    }
}
