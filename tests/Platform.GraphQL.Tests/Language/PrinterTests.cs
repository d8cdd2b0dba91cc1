using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Tests.Oracle;

namespace EventAgents.Platform.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    public static readonly string[] Documents =
    [
        SampleDocuments.KitchenSink,
        SampleDocuments.SchemaKitchenSink,
        "query Q($a: Int = 1 @d, $b: [String!]! = [\"x\"]) @d(a: 1) { f(a: $a, b: {c: [1, 2], d: ENUM}) @skip(if: false) { ...F ... on T { x } } }",
        "{ veryLongFieldNameNumberOne(argumentNumberOne: \"a long string value here\", argumentNumberTwo: 1234567890, three: true) { id } }",
        "subscription { s }",
        "mutation M { m(input: {a: \"\\\"quoted\\\"\\n\\u0001\"}) }",
        "fragment F on T @d { a }",
        "{ a(b: \"\"\"  leading space\"\"\", c: \"\"\"multi\nline\"\"\", d: \"\"\"ends with \"quote\" \"\"\", e: \"\"\"has \\\"\"\" inside\"\"\") }",
        "type T { f(a: Int, \"described\" b: Int): Int }",
        "directive @d(a: Int = 1) repeatable on FIELD | QUERY",
        "schema @d { query: Q subscription: S }",
        "extend schema { mutation: M }",
    ];

    [Fact]
    public async Task Prints_exactly_like_graphql_js()
    {
        var answer = (await GraphQLJs.RunAsync(new { command = "print", documents = Documents }))!.AsArray();
        for (var i = 0; i < Documents.Length; i++)
        {
            Assert.True(answer[i]!["ok"]!.GetValue<bool>(), Documents[i]);
            var expected = answer[i]!["printed"]!.GetValue<string>();
            var printed = Printer.Print(Parser.Parse(Documents[i]));
            Assert.Equal(expected, printed);
            Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
        }
    }
}
