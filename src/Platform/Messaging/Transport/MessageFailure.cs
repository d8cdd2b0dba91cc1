namespace EventAgents.Platform.Messaging;

/// <summary>Why handling a message failed, as kept with a retried or dead-lettered message.</summary>
/// <param name="ExceptionType">The exception's full CLR type name.</param>
/// <param name="Message">The exception's message.</param>
/// <param name="StackTrace">The exception rendered in full: stack trace and inner exceptions.</param>
public sealed record MessageFailure(string ExceptionType, string Message, string StackTrace)
{
    public static MessageFailure From(Exception exception) =>
        new(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, exception.ToString());
}
