using System.Text;

namespace EventAgents.Platform.GraphQL.Language;

public sealed partial class Lexer
{
    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '"')
            {
                string text;
                if (value is null)
                {
                    text = body.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    value.Append(body, chunkStart, position - chunkStart);
                    text = value.ToString();
                }

                return Make(TokenKind.String, start, position + 1, text);
            }

            if (c == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                position += AppendEscape(position, value);
                chunkStart = position;
                continue;
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            if (!char.IsSurrogate(c))
            {
                position++;
            }
            else if (IsSupplementaryAt(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private int AppendEscape(int position, StringBuilder value)
    {
        var next = CharAt(position + 1);
        if (next == 'u')
        {
            return CharAt(position + 2) == '{'
                ? AppendVariableWidthUnicode(position, value)
                : AppendFixedWidthUnicode(position, value);
        }

        char? escaped = next switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        }

        value.Append(escaped.Value);
        return 2;
    }

    private int AppendVariableWidthUnicode(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var c = CharAt(position + size++);
            if (c == '}')
            {
                if (size < 5 || !IsScalarValue(point))
                {
                    break;
                }

                value.Append(char.ConvertFromUtf32(point));
                return size;
            }

            var hex = HexValue(c);
            if (hex < 0)
            {
                break;
            }

            point = (point << 4) | hex;
            if (point > 0x10FFFF)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    private int AppendFixedWidthUnicode(int position, StringBuilder value)
    {
        var code = Read16BitHex(position + 2);
        if (code >= 0 && !char.IsSurrogate((char)code))
        {
            value.Append((char)code);
            return 6;
        }

        if (code >= 0 && char.IsHighSurrogate((char)code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing >= 0 && char.IsLowSurrogate((char)trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private int Read16BitHex(int position)
    {
        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var hex = HexValue(CharAt(position + i));
            if (hex < 0)
            {
                return -1;
            }

            result = (result << 4) | hex;
        }

        return result;
    }

    private static bool IsScalarValue(int point) => point is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private string Slice(int start, int end) => _body.Substring(start, Math.Min(end, _body.Length) - start);
}
