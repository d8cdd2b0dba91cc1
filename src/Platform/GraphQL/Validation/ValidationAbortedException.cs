namespace EventAgents.Platform.GraphQL.Validation;

/// <summary>Stops a validation that reached its error limit.</summary>
public sealed class ValidationAbortedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ValidationAbortedException() : base("Too many validation errors, error limit reached. Validation aborted.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ValidationAbortedException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ValidationAbortedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
