using EventAgents.Platform.GraphQL.Schema.Building;
using EventAgents.Platform.GraphQL.Tests.Oracle;

namespace EventAgents.Platform.GraphQL.Tests.Schema;

public sealed class SchemaValidationOracleTests
{
    private static readonly string[] Sdls =
    [
        "type Query { a: Int }",
        "type Query { a: Missing }",
        "type Query { a: In } input In { b: Int }",
        "type Query { a(x: Query): Int }",
        "type Query",
        "type Query { a: Int } union U",
        "type Query { a: U } union U = Query | Query",
        "type Query { a: U } union U = I interface I { a: Int }",
        "type Query { a: E } enum E",
        "type Query { a(x: In): Int } input In",
        "type Query { a: I } interface I { f: Int } type T implements I { g: Int }",
        "type Query { a: I } interface I { f: Int } type T implements I { f: String }",
        "type Query { a: I } interface I { f: [Int] } type T implements I { f: [Int!]! }",
        "type Query { a: I } interface I { f(x: Int): Int } type T implements I { f: Int }",
        "type Query { a: I } interface I { f(x: Int): Int } type T implements I { f(x: String): Int }",
        "type Query { a: I } interface I { f: Int } type T implements I { f(y: Int!): Int }",
        "type Query { a: I } interface I { f: Int } type T implements I { f(y: Int = 1): Int }",
        "type Query { a: J } interface I { f: Int } interface J implements I { f: Int } type T implements J { f: Int }",
        "type Query { a: I } interface I implements I { f: Int }",
        "type Query { a: I } interface I implements J { f: Int } interface J implements I { f: Int }",
        "type Query { a: I } interface I { f: Int } type T implements I & I { f: Int }",
        "type Query { a: T } type T implements Query { a: Int }",
        "type Query { __a: Int }",
        "type Query { a(x: In): Int } input In { self: In! }",
        "type Query { a(x: In): Int } input In { self: In }",
        "type Query { a(x: In): Int } input In { list: [In!]! }",
        "type Query { a(x: A): Int } input A { b: B! } input B { a: A! }",
        "type Query { a(x: Int! @deprecated): Int }",
        "type Query { a(x: Int! = 1 @deprecated): Int }",
        "type Query { a(x: In): Int } input In { f: Int! @deprecated }",
        "schema { query: Q } type Q { a: Int }",
        "schema { query: Q mutation: M } type Q { a: Int } type M { b: Int }",
        "type Query { a: Int } directive @d(x: Query) on FIELD",
        "type Query { a: Int } directive @d(x: Int! @deprecated) on FIELD",
        "type Query { a(x: Int = \"s\"): Int }",
        "type Query { a(x: In = {b: 1}): Int } input In { a: Int! }",
        "type Query { a: Int } extend type Query { b: Int }",
        "type Query { a: Int } type Query { b: Int }",
        "type Query { a: Int a: String }",
    ];

    /// <summary>Same decision as graphql-js for every SDL, except that we also reject default values that do not coerce
    /// (graphql-js 16 silently drops them).</summary>
    [Fact]
    public async Task Schema_validity_matches_graphql_js()
    {
        var answers = (await GraphQLJs.RunAsync(new { command = "schemaErrors", sdls = Sdls }))!.AsArray();
        var mismatches = new List<string>();
        for (var i = 0; i < Sdls.Length; i++)
        {
            var theirs = answers[i]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
            List<string> ours;
            try
            {
                SchemaBuilder.FromSdl(Sdls[i]).Build();
                ours = [];
            }
            catch (SchemaException error)
            {
                ours = [.. error.Problems];
            }
            catch (GraphQL.Language.GraphQLSyntaxError error)
            {
                ours = [error.Message];
            }

            var stricter = theirs.Count == 0 && ours.Count > 0 && ours.TrueForAll(m => m.Contains("has an invalid default value", StringComparison.Ordinal));
            if ((ours.Count == 0) != (theirs.Count == 0) && !stricter)
            {
                mismatches.Add($"{Sdls[i]}\n  ours:   {string.Join(" | ", ours)}\n  theirs: {string.Join(" | ", theirs)}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
    }
}
