using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema;
using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.Platform.GraphQL.Tests.Schema;

public sealed class SchemaBuilderTests
{
    private const string Sdl = """
        type Query {
          board(id: ID!): Board
          boards: [Board!]!
        }

        type Board {
          id: ID!
          name: String!
          columns: [Column!]!
        }

        type Column {
          title: String!
          wip: Int
        }

        extend type Board {
          archived: Boolean!
        }

        directive @auth(role: String = "user") on FIELD_DEFINITION

        extend schema @auth
        """;

    [Fact]
    public async Task Sdl_plus_resolver_map_executes()
    {
        var boards = new[]
        {
            new Dictionary<string, object?> { ["id"] = "b1", ["name"] = "Main", ["archived"] = false, ["columns"] = new[] { new Dictionary<string, object?> { ["title"] = "Todo", ["wip"] = 3 } } },
        };
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Resolvers(new Dictionary<string, IReadOnlyDictionary<string, FieldResolver>>
            {
                ["Query"] = new Dictionary<string, FieldResolver>
                {
                    ["boards"] = _ => new ValueTask<object?>(boards),
                    ["board"] = c => new ValueTask<object?>(boards.FirstOrDefault(b => (string?)b["id"] == c.GetArgument<string>("id"))),
                },
            })
            .Resolve("Column", "wip", c => ((IReadOnlyDictionary<string, object?>)c.Source!)["wip"] is int w ? w * 10 : null)
            .Build();
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest("{ board(id: \"b1\") { name archived columns { title wip } } boards { id } }"));
        Assert.Equal("""{"data":{"board":{"name":"Main","archived":false,"columns":[{"title":"Todo","wip":30}]},"boards":[{"id":"b1"}]}}""", result.ToJson());
        Assert.NotNull(schema.GetDirective("auth"));
        Assert.Equal("Boolean!", ((ObjectType)schema.GetType("Board")!).GetField("archived")!.Type.ToString());
    }

    [Fact]
    public void Resolver_for_an_unknown_field_is_a_schema_error()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(Sdl).Resolve("Board", "nope", _ => null).Build());
        Assert.Contains("Cannot attach a resolver to \"Board.nope\": the field is not defined.", error.Problems);
    }

    [Fact]
    public void Code_first_and_sdl_mix_and_clr_enums_get_screaming_case_names()
    {
        var schema = SchemaBuilder.FromSdl("type Query { status: Status }")
            .Enum<System.IO.FileAccess>("Status")
            .Build();
        var status = (EnumType)schema.GetType("Status")!;
        Assert.Equal(["READ", "WRITE", "READ_WRITE"], status.Values.Select(v => v.Name));
        Assert.Equal("READ_WRITE", status.Serialize(System.IO.FileAccess.ReadWrite));
    }

    [Fact]
    public void Duplicate_type_definitions_and_bad_extensions_are_rejected()
    {
        Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Int } type Query { b: Int }"));
        Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Int } extend type Missing { b: Int }"));
        Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Int } extend type Query { a: Int }"));
        Assert.Throws<SchemaException>(() => new SchemaBuilder().Object("Mutation", m => m.Field("x", "Int")).Build());
    }
}
