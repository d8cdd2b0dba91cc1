namespace EventAgents.Engine.Workspaces.GitWorkspaces;

/// <summary>A git command failed; the message holds the command's arguments and what git printed on error.</summary>
public sealed class GitCommandException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GitCommandException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GitCommandException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public GitCommandException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
