namespace EventAgents.Platform.Messaging;

/// <summary>A message arrived that no handler of this node handles.</summary>
public sealed class NoHandlerException : Exception
{
    public NoHandlerException()
    {
    }

    public NoHandlerException(string message)
        : base(message)
    {
    }

    public NoHandlerException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
