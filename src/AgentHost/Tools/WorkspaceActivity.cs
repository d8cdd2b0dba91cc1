namespace EventAgents.AgentHost.Tools;

/// <summary>Counts the changes tools made to files, so the agent can tell progress from going round in circles.</summary>
public sealed class WorkspaceActivity
{
    private int changes;

    /// <summary>How many times a tool changed a file.</summary>
    public int Changes => Volatile.Read(ref changes);

    /// <summary>A tool changed a file.</summary>
    public void FileChanged() => Interlocked.Increment(ref changes);
}
