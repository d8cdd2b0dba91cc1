using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void Parses_the_executable_kitchen_sink()
    {
        var document = Parser.Parse(SampleDocuments.KitchenSink);
        Assert.Equal(6, document.Definitions.Count);
        var query = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("queryName", query.Name!.Value);
        Assert.Equal(2, query.VariableDefinitions.Count);
        var field = Assert.IsType<FieldNode>(query.SelectionSet.Selections[0]);
        Assert.Equal("whoever123is", field.Alias!.Value);
        Assert.Equal(new Location(70, 396, 2, 3), field.Location with { End = 396 });
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[3]);
        var foo = Assert.IsType<FieldNode>(fragment.SelectionSet.Selections[0]);
        var obj = Assert.IsType<ObjectValueNode>(foo.Arguments[2].Value);
        var block = Assert.IsType<StringValueNode>(obj.Fields[1].Value);
        Assert.True(block.Block);
        Assert.Equal("block string uses \"\"\"", block.Value);
    }

    [Fact]
    public void Parses_the_schema_kitchen_sink()
    {
        var document = Parser.Parse(SampleDocuments.SchemaKitchenSink);
        Assert.Contains(document.Definitions, d => d is DirectiveDefinitionNode { Repeatable: true });
        var foo = document.Definitions.OfType<ObjectTypeDefinitionNode>().First();
        Assert.Equal("This is a description\nof the `Foo` type.", foo.Description!.Value);
        Assert.Equal(3, foo.Interfaces.Count);
        var feed = document.Definitions.OfType<UnionTypeDefinitionNode>().First();
        Assert.Equal(["Story", "Article", "Advert"], feed.Types.Select(t => t.Name.Value));
    }

    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ f(a: 01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 9)]
    [InlineData("{ f(a: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ f(a: 1.0e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 12)]
    [InlineData("{ f(a: 1x) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ f(a: \"abc) }", "Syntax Error: Unterminated string.", 1, 15)]
    [InlineData("{ f(a: \"\\x\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 9)]
    [InlineData("{ f(a: \"\\u12\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\")\".", 1, 9)]
    [InlineData("{ f(a: 'x') }", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 8)]
    [InlineData("{ ? }", "Syntax Error: Unexpected character: \"?\".", 1, 3)]
    [InlineData("\n\n   {\u0007}", "Syntax Error: Unexpected character: U+0007.", 3, 5)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("directive @d on FIELD | NOWHERE", "Syntax Error: Unexpected Name \"NOWHERE\".", 1, 25)]
    [InlineData("\"desc\" query { a }", "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("\"\"\"\nabc\n\n  { \"x", "Syntax Error: Unterminated string.", 4, 7)]
    public void Reports_syntax_errors_like_graphql_js(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source));
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Locations_after_a_block_string_count_its_lines()
    {
        var document = Parser.Parse("\"\"\"\na\nb\n\"\"\"\ntype T { f: Int }");
        var type = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal((5, 6), (type.Name.Location.Line, type.Name.Location.Column));
    }

    [Fact]
    public void A_document_nested_ten_thousand_deep_is_an_error_not_a_stack_overflow()
    {
        var deep = new string('{', 10_000) + "a" + new string('}', 10_000);
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("query " + deep.Replace("{", "{ a ", StringComparison.Ordinal), new ParserOptions { MaxTokens = 1_000_000 }));
        Assert.Contains("maximum nesting depth", error.Message, StringComparison.Ordinal);

        var deepList = "{ f(a: " + new string('[', 10_000) + new string(']', 10_000) + ") }";
        Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(deepList, new ParserOptions { MaxTokens = 1_000_000 }));
        var deepType = "query ($v: " + new string('[', 10_000) + "Int" + new string(']', 10_000) + ") { a }";
        Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(deepType, new ParserOptions { MaxTokens = 1_000_000 }));
    }

    [Fact]
    public void Token_limit_aborts_parsing()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a b c d e }", new ParserOptions { MaxTokens = 4 }));
        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Parses_values_and_types_alone()
    {
        var value = Assert.IsType<ListValueNode>(Parser.ParseValue("[1, 2.5, \"s\", E, $v, {a: null}]"));
        Assert.Equal(6, value.Values.Count);
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[String!]!"));
        Assert.Equal("[String!]!", Printer.Print(type));
    }

    [Fact]
    public void Unicode_escapes_decode_including_surrogate_pairs_and_braces()
    {
        var value = Assert.IsType<StringValueNode>(Parser.ParseValue("\"\\u00e9\\uD83D\\uDE00\\u{1F600}\""));
        Assert.Equal("é😀😀", value.Value);
    }
}
