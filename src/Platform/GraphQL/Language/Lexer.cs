namespace EventAgents.Platform.GraphQL.Language;

/// <summary>Turns a GraphQL source text into tokens, one at a time, skipping ignored tokens.</summary>
public sealed partial class Lexer
{
    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    /// <summary>Creates a lexer positioned before the first token.</summary>
    public Lexer(string body)
    {
        _body = body;
        Current = new Token(TokenKind.Sof, 0, 0, 1, 1, null);
    }

    /// <summary>The source text.</summary>
    public string Body => _body;

    /// <summary>The token most recently read.</summary>
    public Token Current { get; private set; }

    /// <summary>Reads the next significant token and makes it current.</summary>
    public Token Advance()
    {
        if (Current.Kind != TokenKind.Eof)
        {
            Current = ReadToken();
        }

        return Current;
    }

    /// <summary>Reads the token after the current one without consuming it.</summary>
    public Token Lookahead()
    {
        if (Current.Kind == TokenKind.Eof)
        {
            return Current;
        }

        var position = _position;
        var line = _line;
        var lineStart = _lineStart;
        var next = ReadToken();
        _position = position;
        _line = line;
        _lineStart = lineStart;
        return next;
    }

    /// <summary>Builds a syntax error at a character offset, computing its line and column.</summary>
    public GraphQLSyntaxError Error(int position, string description)
    {
        var (line, column) = LineAndColumn(_body, position);
        return new GraphQLSyntaxError(description, position, line, column);
    }

    /// <summary>The 1-based line and column of a character offset.</summary>
    public static (int Line, int Column) LineAndColumn(string body, int position)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(position, body.Length);
        for (var i = 0; i < end; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return (line, position - lineStart + 1);
    }

    private Token Make(TokenKind kind, int start, int end, string? value) =>
        new(kind, start, end, _line, start - _lineStart + 1, value);

    private Token ReadToken()
    {
        var body = _body;
        var length = body.Length;
        var position = _position;

        while (position < length)
        {
            var c = body[position];
            switch (c)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += position + 1 < length && body[position + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
            }

            _position = position;
            var token = ReadSignificant(position, c);
            _position = token.End;
            return token;
        }

        _position = length;
        return Make(TokenKind.Eof, length, length, null);
    }

    private int SkipComment(int position)
    {
        var body = _body;
        position++;
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '\n' || c == '\r')
            {
                break;
            }

            position++;
        }

        return position;
    }

    private Token ReadSignificant(int position, char c)
    {
        switch (c)
        {
            case '!': return Make(TokenKind.Bang, position, position + 1, null);
            case '$': return Make(TokenKind.Dollar, position, position + 1, null);
            case '&': return Make(TokenKind.Amp, position, position + 1, null);
            case '(': return Make(TokenKind.ParenL, position, position + 1, null);
            case ')': return Make(TokenKind.ParenR, position, position + 1, null);
            case ':': return Make(TokenKind.Colon, position, position + 1, null);
            case '=': return Make(TokenKind.EqualsSign, position, position + 1, null);
            case '@': return Make(TokenKind.At, position, position + 1, null);
            case '[': return Make(TokenKind.BracketL, position, position + 1, null);
            case ']': return Make(TokenKind.BracketR, position, position + 1, null);
            case '{': return Make(TokenKind.BraceL, position, position + 1, null);
            case '|': return Make(TokenKind.Pipe, position, position + 1, null);
            case '}': return Make(TokenKind.BraceR, position, position + 1, null);
            case '.':
                if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                {
                    return Make(TokenKind.Spread, position, position + 3, null);
                }

                break;
            case '"':
                return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                    ? ReadBlockString(position)
                    : ReadString(position);
        }

        if (IsDigit(c) || c == '-')
        {
            return ReadNumber(position, c);
        }

        if (IsNameStart(c))
        {
            return ReadName(position);
        }

        throw Error(position, c == '\''
            ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
            : IsUnicodeScalar(position)
                ? $"Unexpected character: {PrintCodePointAt(position)}."
                : $"Invalid character: {PrintCodePointAt(position)}.");
    }

    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length && IsNameContinue(body[position]))
        {
            position++;
        }

        return Make(TokenKind.Name, start, position, body.Substring(start, position - start));
    }
}
