namespace EventAgents.Platform.Messaging;

/// <summary>A message came back more often than its retry policy allows, without a handler failure being recorded.</summary>
public sealed class AttemptsExhaustedException : Exception
{
    public AttemptsExhaustedException()
    {
    }

    public AttemptsExhaustedException(string message)
        : base(message)
    {
    }

    public AttemptsExhaustedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
