namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A lexical token: its kind, its span in the source, and the value of names, numbers and strings.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value);
