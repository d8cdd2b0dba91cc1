using System.Text.Json.Nodes;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema;
using EventAgents.Platform.GraphQL.Schema.Building;
using EventAgents.Platform.GraphQL.Tests.Oracle;
using EventAgents.Platform.GraphQL.Tests.Schema;

namespace EventAgents.Platform.GraphQL.Tests.Introspection;

public sealed class IntrospectionOracleTests
{
    public static TheoryData<string> Sdls() => new()
    {
        TestSchemas.Harness,
        TestSchemas.Simple,
        "\"The schema\" schema { query: Root } type Root { a(x: In = {a: 1, b: [\"x\"]}, e: E = B): E @deprecated(reason: \"gone\") } input In { a: Int! = 1 b: [String] c: Float = 1.5 d: ID = \"7\" old: Int @deprecated } enum E { A B @deprecated(reason: \"no\") }",
    };

    [Theory]
    [MemberData(nameof(Sdls))]
    public async Task Introspection_rebuilt_by_graphql_js_prints_the_same_sdl_and_validates(string sdl)
    {
        var schema = SchemaBuilder.FromSdl(sdl).Build();
        var executor = new GraphQLExecutor(schema, new ExecutorOptions { Limits = GraphQL.Validation.ExecutionLimits.None });
        var query = (await GraphQLJs.RunAsync(new { command = "introspectionQuery" }))!.GetValue<string>();
        var result = await executor.ExecuteAsync(new ExecutionRequest(query));
        Assert.Null(result.Errors);
        var introspection = JsonNode.Parse(result.ToJson())!["data"];

        var answer = (await GraphQLJs.RunAsync(new { command = "clientSchema", introspection }))!;
        Assert.Equal(SchemaPrinter.Print(schema), answer["printed"]!.GetValue<string>());
        Assert.Empty(answer["errors"]!.AsArray());

        var sdlErrors = (await GraphQLJs.RunAsync(new { command = "validateSchema", sdl = SchemaPrinter.Print(schema) }))!.AsArray();
        Assert.Empty(sdlErrors);
    }
}
