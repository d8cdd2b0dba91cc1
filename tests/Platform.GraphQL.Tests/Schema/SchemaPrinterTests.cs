using EventAgents.Platform.GraphQL.Schema;
using EventAgents.Platform.GraphQL.Schema.Building;
using EventAgents.Platform.GraphQL.Tests.Oracle;

namespace EventAgents.Platform.GraphQL.Tests.Schema;

public sealed class SchemaPrinterTests
{
    public static TheoryData<string> Sdls() => new()
    {
        TestSchemas.Harness,
        TestSchemas.Simple,
        "type Query { a: Int }",
        "schema { query: Root } type Root { a(x: Float = 1, y: [Int] = 1, z: ID = \"12\", w: ID = \"x\"): Int @deprecated }",
        "\"Schema description\" schema { query: Query } type Query { a: String }",
        "type Query { f(\"arg doc\" a: Int, b: String = \"s\\n\\\"x\\\"\"): Int }\n\"\"\"\nmulti\n  line\n\"\"\"\nenum E { \"one\" A \"two\" B }",
        "type Query { a: I } interface I { a: Int } interface J implements I { a: Int } type T implements J & I { a: Int } extend type Query { b: T }",
        "type Query { u: U } union U = A | B type A { a: Int } type B { b: Int } extend union U = C type C { c: Int }",
        "type Query { d: String } directive @cache(maxAge: Int, scope: Scope = PUBLIC) on FIELD_DEFINITION | OBJECT enum Scope { PUBLIC PRIVATE }",
        "type Query { x(i: In = {b: [\"v\"], a: 2}): Int } input In { a: Int! = 1 b: [String] c: In2 } input In2 { d: Boolean = false }",
        "type Query { long: String }\n\"  starts with spaces\"\ntype Z { \"ends with quote\\\"\" z: Int }\n\"has\\ttab and \\\"\\\"\\\" triple\"\nscalar S",
    };

    [Theory]
    [MemberData(nameof(Sdls))]
    public async Task Prints_sdl_exactly_like_graphql_js_printSchema(string sdl)
    {
        var expected = (await GraphQLJs.RunAsync(new { command = "printSchema", sdl }))!.GetValue<string>();
        var schema = SchemaBuilder.FromSdl(sdl).Build();
        Assert.Equal(expected, SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Code_first_schema_prints_in_definition_order()
    {
        var schema = new SchemaBuilder()
            .Object("Query", q => q
                .Description("The root")
                .Field("task", "Task", f => f.Argument("id", "ID!").Resolve(_ => null))
                .Field("count", "Long", _ => 1L))
            .Object("Task", t => t
                .Field("id", "ID!")
                .Field("due", "DateTime")
                .Field("data", "JSON", f => f.Deprecated()))
            .Scalar(ScalarType.Long)
            .Scalar(ScalarType.DateTime)
            .Scalar(ScalarType.Json)
            .Build();
        Assert.Equal(
            """"
            """The root"""
            type Query {
              task(id: ID!): Task
              count: Long
            }

            type Task {
              id: ID!
              due: DateTime
              data: JSON @deprecated
            }

            """
            The `Long` scalar type represents non-fractional signed whole 64-bit numeric values.
            """
            scalar Long

            """
            The `DateTime` scalar represents an RFC 3339 date-time with a time-zone offset.
            """
            scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

            """The `JSON` scalar represents any JSON value."""
            scalar JSON
            """",
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Invalid_schemas_are_rejected_with_every_problem()
    {
        var unknown = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Missing }").Build());
        Assert.Equal(["Unknown type \"Missing\"."], unknown.Problems);
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { b: In } input In { x: Query } interface I { f: Int } type T implements I { g: Int }").Build());
        Assert.Contains("The type of In.x must be Input Type but got: Query.", error.Problems);
        Assert.Contains("The type of Query.b must be Output Type but got: In.", error.Problems);
        Assert.Contains("Interface field I.f expected but T does not provide it.", error.Problems);
    }
}
