using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static List<Token> Lex(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.Eof; token = lexer.Advance())
        {
            tokens.Add(token);
        }

        return tokens;
    }

    [Fact]
    public void Skips_bom_whitespace_commas_and_comments_and_counts_lines()
    {
        var tokens = Lex("\uFEFF # comment\r\n ,, foo\r\n\r\n   bar # trailing\n\tbaz");
        Assert.Equal(["foo", "bar", "baz"], tokens.Select(t => t.Value));
        Assert.Equal([(2, 5), (4, 4), (5, 2)], tokens.Select(t => (t.Line, t.Column)));
    }

    [Theory]
    [InlineData("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\"\"\"  white space  \"\"\"", "  white space  ")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"\n\n  first\n  \n  second\n\n\"\"\"", "first\n\nsecond")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    public void Block_strings_are_dedented_per_the_specification(string source, string value)
    {
        var token = Assert.Single(Lex(source));
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("-1.123e-4", TokenKind.Float)]
    [InlineData("1E+4", TokenKind.Float)]
    public void Reads_numbers(string source, TokenKind kind)
    {
        var token = Assert.Single(Lex(source));
        Assert.Equal((kind, source), (token.Kind, token.Value));
    }

    [Fact]
    public void Lookahead_does_not_consume()
    {
        var lexer = new Lexer("a b");
        Assert.Equal("a", lexer.Advance().Value);
        Assert.Equal("b", lexer.Lookahead().Value);
        Assert.Equal("b", lexer.Advance().Value);
        Assert.Equal(TokenKind.Eof, lexer.Advance().Kind);
    }
}
