namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A document could not be parsed. The message reads like graphql-js's: "Syntax Error: Expected Name, found &lt;EOF&gt;."</summary>
public sealed class GraphQLSyntaxError : Exception
{
    /// <summary>Creates the error for a description at a position of a source.</summary>
    public GraphQLSyntaxError(string description, int position, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>Creates an error with no position.</summary>
    public GraphQLSyntaxError() : base("Syntax Error") => Description = string.Empty;

    /// <summary>Creates an error with a message and no position.</summary>
    public GraphQLSyntaxError(string message) : base(message) => Description = message;

    /// <summary>Creates an error with a message and a cause.</summary>
    public GraphQLSyntaxError(string message, Exception innerException) : base(message, innerException) => Description = message;

    /// <summary>The description, without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>The character offset where the error was found.</summary>
    public int Position { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }
}
