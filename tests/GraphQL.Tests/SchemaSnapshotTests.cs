using System.Text.Json;
using EventAgents.GraphQL.Tests.Support;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.GraphQL.Tests;

/// <summary>The client contract: the printed SDL is the committed schema.graphql, and graphql-js reads our introspection as the same schema.</summary>
public sealed class SchemaSnapshotTests
{
    private const string UpdateVariable = "UPDATE_SCHEMA_SNAPSHOT";

    [Fact]
    public async Task The_printed_schema_equals_the_committed_snapshot()
    {
        var printed = SchemaPrinter.Print(BuildSchema());
        var path = Path.Combine(NodeScripts.TestsDirectory, "schema.graphql");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, printed);
        }

        var committed = File.Exists(path) ? await File.ReadAllTextAsync(path) : "";
        Assert.True(committed == printed,
            $"The schema differs from tests/GraphQL.Tests/schema.graphql. If the change is intended, run the tests once with {UpdateVariable}=1 and commit the file.");
    }

    [Fact]
    public async Task graphql_js_builds_the_same_valid_schema_from_our_introspection()
    {
        var schema = BuildSchema();
        var query = (await NodeScripts.OracleAsync(new { command = "introspectionQuery" })).GetString()!;
        var introspection = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest(query));
        Assert.Null(introspection.Errors);

        var client = await NodeScripts.OracleAsync(new { command = "clientSchema", introspection = JsonDocument.Parse(introspection.ToJson()).RootElement.GetProperty("data") });

        Assert.Equal(0, client.GetProperty("errors").GetArrayLength());
        Assert.Equal(SchemaPrinter.Print(schema), client.GetProperty("printed").GetString());
    }

    /// <summary>The schema over a data source that is never opened: building it touches no database.</summary>
    private static GraphQLSchema BuildSchema() => ProductSchema.Build(OfflineApi.Create());
}
