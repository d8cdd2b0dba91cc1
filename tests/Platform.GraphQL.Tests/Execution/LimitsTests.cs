using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Validation;

namespace EventAgents.Platform.GraphQL.Tests.Execution;

public sealed class LimitsTests
{
    private static async Task<ExecutionResult> Run(ExecutionLimits limits, string query) =>
        await new GraphQLExecutor(ExecutionSchema.Create(), new ExecutorOptions { Limits = limits }).ExecuteAsync(new ExecutionRequest(query));

    [Fact]
    public async Task Depth_limit_counts_through_fragments()
    {
        var result = await Run(new ExecutionLimits { MaxDepth = 2 }, "{ item(id: 1) { ...F } } fragment F on Item { owner { name } }");
        var error = Assert.Single(result.Errors!);
        Assert.Equal("MaxDepth", error.Rule);
        Assert.Equal("The operation exceeds the maximum depth of 2 (its depth is 3).", error.Message);
    }

    [Fact]
    public async Task Alias_and_field_limits()
    {
        var aliases = await Run(new ExecutionLimits { MaxAliases = 2 }, "{ a: hello b: hello c: hello }");
        Assert.Equal("MaxAliases", Assert.Single(aliases.Errors!).Rule);
        var fields = await Run(new ExecutionLimits { MaxFields = 3 }, "{ hello greet item(id: 1) { id } }");
        Assert.Equal("MaxFields", Assert.Single(fields.Errors!).Rule);
    }

    [Fact]
    public async Task Cost_multiplies_by_list_sizes_and_fragment_bombs_are_cheap_to_analyse()
    {
        var cost = await Run(new ExecutionLimits { MaxCost = 100 }, "{ items(first: 50) { id title } }");
        Assert.Equal("The operation exceeds the maximum cost of 100 (its cost is 101).", Assert.Single(cost.Errors!).Message);
        var ok = await Run(new ExecutionLimits { MaxCost = 100 }, "{ items(first: 5) { id title } }");
        Assert.Null(ok.Errors);

        var bomb = "query { ...F0 }\n" + string.Join("\n", Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}")) + "\nfragment F40 on Query { hello }";
        var started = DateTime.UtcNow;
        var result = await Run(new ExecutionLimits(), bomb);
        Assert.Contains(result.Errors!, e => e.Rule == "MaxFields");
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }
}
