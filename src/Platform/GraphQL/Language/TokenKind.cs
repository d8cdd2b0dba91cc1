namespace EventAgents.Platform.GraphQL.Language;

/// <summary>The kinds of lexical tokens.</summary>
public enum TokenKind
{
    /// <summary>Start of file.</summary>
    Sof,
    /// <summary>End of file.</summary>
    Eof,
    /// <summary>!</summary>
    Bang,
    /// <summary>$</summary>
    Dollar,
    /// <summary>&amp;</summary>
    Amp,
    /// <summary>(</summary>
    ParenL,
    /// <summary>)</summary>
    ParenR,
    /// <summary>...</summary>
    Spread,
    /// <summary>:</summary>
    Colon,
    /// <summary>=</summary>
    EqualsSign,
    /// <summary>@</summary>
    At,
    /// <summary>[</summary>
    BracketL,
    /// <summary>]</summary>
    BracketR,
    /// <summary>{</summary>
    BraceL,
    /// <summary>|</summary>
    Pipe,
    /// <summary>}</summary>
    BraceR,
    /// <summary>A name.</summary>
    Name,
    /// <summary>An integer literal.</summary>
    Int,
    /// <summary>A float literal.</summary>
    Float,
    /// <summary>A quoted string.</summary>
    String,
    /// <summary>A block string.</summary>
    BlockString,
}
