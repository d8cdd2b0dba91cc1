namespace EventAgents.Platform.Messaging;

/// <summary>A message type has no stable name, or a stored name has no CLR type.</summary>
public sealed class UnknownMessageTypeException : Exception
{
    public UnknownMessageTypeException()
    {
    }

    public UnknownMessageTypeException(string message)
        : base(message)
    {
    }

    public UnknownMessageTypeException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
