using System.Diagnostics;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema.Building;
using Xunit.Abstractions;

namespace EventAgents.Platform.GraphQL.Tests.Execution;

public sealed class PerformanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_cached_three_field_query_executes_in_microseconds()
    {
        var schema = new SchemaBuilder()
            .Object("Query", q => q.Field("a", "String", _ => "a").Field("b", "Int", _ => 1).Field("c", "Boolean", _ => true))
            .Build();
        var executor = new GraphQLExecutor(schema);
        var request = new ExecutionRequest("{ a b c }");
        for (var i = 0; i < 20_000; i++)
        {
            await executor.ExecuteAsync(request);
        }

        const int iterations = 200_000;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            await executor.ExecuteAsync(request);
        }

        var microseconds = watch.Elapsed.TotalMicroseconds / iterations;
        output.WriteLine($"{microseconds:F2} µs per execution (debug build, shared machine)");
        Assert.True(microseconds < 100, $"{microseconds} µs");
    }
}
