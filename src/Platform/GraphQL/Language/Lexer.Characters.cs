using System.Globalization;

namespace EventAgents.Platform.GraphQL.Language;

public sealed partial class Lexer
{
    /// <summary>True for an ASCII digit.</summary>
    public static bool IsDigit(int c) => c is >= '0' and <= '9';

    /// <summary>True for a character that may start a name.</summary>
    public static bool IsNameStart(int c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    /// <summary>True for a character that may continue a name.</summary>
    public static bool IsNameContinue(int c) => IsNameStart(c) || IsDigit(c);

    private int CharAt(int position) => position < _body.Length ? _body[position] : -1;

    private bool IsUnicodeScalar(int position)
    {
        var c = CharAt(position);
        if (c < 0)
        {
            return false;
        }

        if (!char.IsSurrogate((char)c))
        {
            return true;
        }

        return IsSupplementaryAt(position);
    }

    private bool IsSupplementaryAt(int position) =>
        position + 1 < _body.Length
        && char.IsHighSurrogate(_body[position])
        && char.IsLowSurrogate(_body[position + 1]);

    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }

        int code = _body[position];
        if (IsSupplementaryAt(position))
        {
            code = char.ConvertToUtf32(_body[position], _body[position + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
