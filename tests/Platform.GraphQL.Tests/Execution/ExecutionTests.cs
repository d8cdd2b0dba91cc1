using System.Text.Json;
using EventAgents.Platform.GraphQL.Execution;

namespace EventAgents.Platform.GraphQL.Tests.Execution;

public sealed class ExecutionTests
{
    private readonly GraphQLExecutor _executor = new(ExecutionSchema.Create());

    private async Task<string> Run(string query, object? variables = null, string? operationName = null)
    {
        IReadOnlyDictionary<string, object?>? vars = variables is null
            ? null
            : JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(variables));
        var result = await _executor.ExecuteAsync(new ExecutionRequest(query) { Variables = vars, OperationName = operationName, UserContext = "ctx" });
        return result.ToJson();
    }

    [Fact]
    public async Task Executes_a_simple_query()
    {
        Assert.Equal("""{"data":{"hello":"world","greet":"hi you;"}}""", await Run("{ hello greet }"));
    }

    [Fact]
    public async Task Applies_argument_defaults_and_literals()
    {
        Assert.Equal("""{"data":{"a":"hi Bo;hi Bo;","b":"hi you;"}}""", await Run("{ a: greet(name: \"Bo\", times: 2) b: greet }"));
    }

    [Fact]
    public async Task Resolves_clr_objects_enums_scalars_and_nested_objects()
    {
        var json = await Run("{ item(id: 1) { id title priority tags due owner { name } } big }");
        Assert.Equal("""{"data":{"item":{"id":"1","title":"first","priority":"VERY_HIGH","tags":["a","b"],"due":"2026-11-21T10:30:00+00:00","owner":{"name":"Ada"}},"big":9007199254740993}}""", json);
    }

    [Fact]
    public async Task Resolves_abstract_types_by_clr_type_and_typename()
    {
        var json = await Run("{ search { __typename ... on Item { title } ... on Person { name } } node(id: \"p1\") { id ... on Person { name } } }");
        Assert.Equal("""{"data":{"search":[{"__typename":"Item","title":"first"},{"__typename":"Person","name":"Ada"},{"__typename":"Person","name":"Bob"}],"node":{"id":"p1","name":"Ada"}}}""", json);
    }

    [Fact]
    public async Task Fragments_and_skip_include_with_variables()
    {
        const string query = """
            query Q($withTags: Boolean!, $skipTitle: Boolean = false) {
              item(id: "1") { ...Basic tags @include(if: $withTags) ... on Item @skip(if: true) { due } }
            }
            fragment Basic on Item { id title @skip(if: $skipTitle) }
            """;
        Assert.Equal("""{"data":{"item":{"id":"1","title":"first","tags":["a","b"]}}}""", await Run(query, new { withTags = true }));
        Assert.Equal("""{"data":{"item":{"id":"1"}}}""", await Run(query, new { withTags = false, skipTitle = true }));
    }

    [Fact]
    public async Task Coerces_variables_input_objects_and_enum_values()
    {
        var json = await Run("query ($f: Filter, $p: Priority!) { filter(filter: $f) priority(p: $p) }", new { f = new { text = "x", tags = "single" }, p = "LOW" });
        Assert.Equal("""{"data":{"filter":"{\"text\":\"x\",\"priority\":1,\"tags\":[\"single\"]}","priority":"LOW"}}""", json);
        var literal = await Run("{ filter(filter: {text: \"y\"}) }");
        Assert.Contains("priority", literal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("query ($p: Priority!) { priority(p: $p) }", null, "Variable \\\"$p\\\" of required type \\\"Priority!\\\" was not provided.")]
    [InlineData("query ($f: Filter) { filter(filter: $f) }", """{"f":{"text":1,"bogus":true}}""", "Variable \\\"$f\\\" got invalid value 1 at \\\"f.text\\\"; String cannot represent a non string value: 1")]
    [InlineData("query ($p: Priority!) { priority(p: $p) }", """{"p":"MEDIUM"}""", "Variable \\\"$p\\\" got invalid value \\\"MEDIUM\\\"; Value \\\"MEDIUM\\\" does not exist in \\\"Priority\\\" enum.")]
    [InlineData("query ($p: Priority!) { priority(p: $p) }", """{"p":null}""", "Variable \\\"$p\\\" of non-null type \\\"Priority!\\\" must not be null.")]
    public async Task Reports_variable_errors_like_graphql_js(string query, string? variables, string message)
    {
        var vars = variables is null ? null : JsonSerializer.Deserialize<Dictionary<string, object?>>(variables);
        var result = await _executor.ExecuteAsync(new ExecutionRequest(query) { Variables = vars });
        Assert.False(result.HasData);
        Assert.Contains(message, result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Field_errors_have_paths_locations_and_extensions_and_null_propagates()
    {
        var json = await Run("{ hello boom }");
        Assert.Equal("""{"errors":[{"message":"boom!","locations":[{"line":1,"column":9}],"path":["boom"],"extensions":{"code":"BOOM"}}],"data":{"hello":"world","boom":null}}""", json);

        Assert.Equal(
            """{"errors":[{"message":"inner failure","locations":[{"line":1,"column":9}],"path":["nonNullBoom"]}],"data":null}""",
            await Run("{ hello nonNullBoom }"));

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Item.title.","locations":[{"line":1,"column":17}],"path":["brokenItems",1,"title"]}],"data":{"brokenItems":[{"title":"first"},null]}}""",
            await Run("{ brokenItems { title } }"));

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Item.title.","locations":[{"line":1,"column":17}],"path":["strictItems",1,"title"]}],"data":{"strictItems":null}}""",
            await Run("{ strictItems { title } }"));
    }

    [Fact]
    public async Task Async_resolvers_run_concurrently()
    {
        var started = 0;
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = new GraphQLSchemaFixture(async () =>
        {
            if (Interlocked.Increment(ref started) == 3)
            {
                allStarted.SetResult();
            }

            await allStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return "together";
        }).Schema;
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest("{ a: wait b: wait c: wait }"));
        Assert.Equal("""{"data":{"a":"together","b":"together","c":"together"}}""", result.ToJson());
    }

    private sealed class GraphQLSchemaFixture(Func<Task<string>> wait)
    {
        public GraphQL.Schema.GraphQLSchema Schema { get; } = new GraphQL.Schema.Building.SchemaBuilder()
            .Object("Query", q => q.Field("wait", "String", f => f.ResolveAsync(_ => wait())))
            .Build();
    }

    [Fact]
    public async Task Mutations_run_serially_in_document_order()
    {
        var log = new List<string>();
        var executor = new GraphQLExecutor(ExecutionSchema.Create(log));
        var result = await executor.ExecuteAsync(new ExecutionRequest("mutation { first second again: first }"));
        Assert.Equal("""{"data":{"first":"1","second":"2","again":"1"}}""", result.ToJson());
        Assert.Equal(["first", "second", "first"], log);
    }

    [Fact]
    public async Task Subscriptions_stream_one_result_per_event()
    {
        var results = new List<string>();
        await foreach (var result in _executor.SubscribeAsync(new ExecutionRequest("subscription ($n: Int!) { ticks(count: $n) }") { Variables = new Dictionary<string, object?> { ["n"] = 3 } }))
        {
            results.Add(result.ToJson());
        }

        Assert.Equal(["""{"data":{"ticks":1}}""", """{"data":{"ticks":2}}""", """{"data":{"ticks":3}}"""], results);

        var mapped = new List<string>();
        await foreach (var result in _executor.SubscribeAsync(new ExecutionRequest("subscription { tickItems { id title } }")))
        {
            mapped.Add(result.ToJson());
        }

        Assert.Equal(["""{"data":{"tickItems":{"id":"1","title":"first"}}}""", """{"data":{"tickItems":{"id":"2","title":"first"}}}"""], mapped);
    }

    [Fact]
    public async Task Subscription_operations_are_refused_by_execute_and_validated()
    {
        Assert.Contains("SubscribeAsync", await Run("subscription { ticks(count: 1) }"), StringComparison.Ordinal);
        Assert.Contains("must select only one top level field", await Run("subscription { ticks(count: 1) tickItems { id } }"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_meta_fields()
    {
        var json = await Run("{ __typename __type(name: \"Priority\") { kind name enumValues { name } } }");
        Assert.Equal("""{"data":{"__typename":"Query","__type":{"kind":"ENUM","name":"Priority","enumValues":[{"name":"LOW"},{"name":"HIGH"},{"name":"VERY_HIGH"}]}}}""", json);
        var fields = await Run("{ __type(name: \"Query\") { fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }");
        Assert.DoesNotContain("\"name\":\"old\"},", fields.Split("\"all\"")[0], StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"old\",\"isDeprecated\":true,\"deprecationReason\":\"Use `hello`.\"}", fields, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_scalar_accepts_literals_and_variables()
    {
        Assert.Equal("""{"data":{"echo":{"a":[1,2.5,"x"],"b":null,"c":true}}}""", await Run("{ echo(value: {a: [1, 2.5, \"x\"], b: null, c: true}) }"));
        Assert.Equal("""{"data":{"echo":{"n":{"m":[1]}}}}""", await Run("query ($v: JSON) { echo(value: $v) }", new { v = new { n = new { m = new[] { 1 } } } }));
    }

    [Fact]
    public async Task Invalid_documents_and_operation_selection_fail_before_execution()
    {
        Assert.Equal("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":2}]}]}""", await Run("{"));
        Assert.Equal("""{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\". Did you mean \"node\"?","locations":[{"line":1,"column":3}]}]}""", await Run("{ nope }"));
        Assert.Contains("Must provide operation name", await Run("query A { hello } query B { hello }"), StringComparison.Ordinal);
        Assert.Equal("""{"data":{"hello":"world"}}""", await Run("query A { hello } query B { greet }", operationName: "A"));
        Assert.Contains("Unknown operation named \\\"C\\\".", await Run("query A { hello }", operationName: "C"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_are_cached_by_text()
    {
        var executor = new GraphQLExecutor(ExecutionSchema.Create());
        for (var i = 0; i < 3; i++)
        {
            await executor.ExecuteAsync(new ExecutionRequest("{ hello }"));
        }

        await executor.ExecuteAsync(new ExecutionRequest("{ hello greet }"));
        Assert.Equal(2, executor.Documents.Count);
    }

    [Fact]
    public async Task User_context_and_cancellation_reach_resolvers()
    {
        Assert.Equal("""{"data":{"context":"ctx"}}""", await Run("{ context }"));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _executor.ExecuteAsync(new ExecutionRequest("{ slow }"), cancellation.Token));
    }
}
