namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A recursive-descent parser for the whole GraphQL language (October 2021), executable and type-system documents alike.</summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _tokenCount;
    private int _depth;
    private int _lastEnd;

    private Parser(string source, ParserOptions? options)
    {
        _lexer = new Lexer(source);
        _options = options ?? ParserOptions.Default;
    }

    /// <summary>Parses a document. Throws <see cref="GraphQLSyntaxError"/> when it is not valid syntax or exceeds the limits.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, options);
        return parser.ParseDocument();
    }

    /// <summary>Parses a single value literal, such as <c>[1, {a: "b"}]</c>.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Advance();
        var value = parser.ParseValueLiteral(isConst: false);
        parser.ExpectToken(TokenKind.Eof);
        return value;
    }

    /// <summary>Parses a type reference, such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Advance();
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.Eof);
        return type;
    }

    private Token Current => _lexer.Current;

    private DocumentNode ParseDocument()
    {
        var start = Advance();
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (Current.Kind != TokenKind.Eof);

        return new DocumentNode(new Location(0, _lexer.Body.Length, start.Line, start.Column), definitions);
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
            }

            if (hasDescription)
            {
                throw _lexer.Error(Current.Start, "Unexpected description, descriptions are supported only on type definitions.");
            }

            switch (keyword.Value)
            {
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend":
                    return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private Token Advance()
    {
        _lastEnd = Current.End;
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.Eof && ++_tokenCount > _options.MaxTokens)
        {
            throw _lexer.Error(token.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }

        return token;
    }

    private Location LocationFrom(in Token start) => new(start.Start, _lastEnd, start.Line, start.Column);

    private bool Peek(TokenKind kind) => Current.Kind == kind;

    private Token ExpectToken(TokenKind kind)
    {
        var token = Current;
        if (token.Kind == kind)
        {
            Advance();
            return token;
        }

        throw _lexer.Error(token.Start, $"Expected {TokenKindText.Describe(kind)}, found {TokenKindText.Describe(token)}.");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        var token = Current;
        if (token.Kind != TokenKind.Name || token.Value != value)
        {
            throw _lexer.Error(token.Start, $"Expected \"{value}\", found {TokenKindText.Describe(token)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string value)
    {
        if (Current.Kind != TokenKind.Name || Current.Value != value)
        {
            return false;
        }

        Advance();
        return true;
    }

    private GraphQLSyntaxError Unexpected(Token? token = null)
    {
        var at = token ?? Current;
        return _lexer.Error(at.Start, $"Unexpected {TokenKindText.Describe(at)}.");
    }

    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw _lexer.Error(Current.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}. Parsing aborted.");
        }
    }

    private void LeaveNesting() => _depth--;

    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(new Location(token.Start, token.End, token.Line, token.Column), token.Value!);
    }

    private List<T> Many<T>(TokenKind open, Func<Parser, T> item, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        do
        {
            nodes.Add(item(this));
        }
        while (!ExpectOptionalToken(close));

        return nodes;
    }

    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<Parser, T> item, TokenKind close)
    {
        if (!Peek(open))
        {
            return [];
        }

        return Many(open, item, close);
    }

    private IReadOnlyList<T> Any<T>(TokenKind open, Func<Parser, T> item, TokenKind close)
    {
        ExpectToken(open);
        List<T>? nodes = null;
        while (!ExpectOptionalToken(close))
        {
            (nodes ??= []).Add(item(this));
        }

        return nodes is null ? [] : nodes;
    }

    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<Parser, T> item)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do
        {
            nodes.Add(item(this));
        }
        while (ExpectOptionalToken(delimiter));

        return nodes;
    }
}
