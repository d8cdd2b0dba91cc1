namespace EventAgents.AgentHost.Tools;

/// <summary>A tool refused a call (a bad argument, a path outside the workspace); the model is told why.</summary>
public sealed class ToolRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ToolRefusedException()
    {
    }

    /// <summary>Creates the exception with the reason the model is told.</summary>
    public ToolRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>The HTTP status with which the server refused, when a server did.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Creates the exception with the reason and its cause.</summary>
    public ToolRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
