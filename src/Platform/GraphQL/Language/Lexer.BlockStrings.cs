using System.Text;

namespace EventAgents.Platform.GraphQL.Language;

public sealed partial class Lexer
{
    private Token ReadBlockString(int start)
    {
        var body = _body;
        var lineStart = _lineStart;
        var linesSeen = 0;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                var token = Make(TokenKind.BlockString, start, position + 3, string.Join('\n', BlockString.DedentLines(lines)));
                _line += linesSeen;
                _lineStart = lineStart;
                return token;
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart).Append("\"\"\"");
                position += 4;
                chunkStart = position;
                continue;
            }

            if (c is '\n' or '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += c == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                linesSeen++;
                continue;
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
}
