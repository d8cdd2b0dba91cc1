namespace EventAgents.Engine.Pulse;

/// <summary>
/// An agent's pulse is due: look for a ready task and claim it. <paramref name="ScheduleVersion"/> is the version of the
/// agent's stream at the schedule this pulse belongs to, so a pulse of a replaced schedule ends its chain.
/// </summary>
public sealed record PulseDue(string AgentId, long ScheduleVersion);

/// <summary>A run ended; if it worked a board task, publish its work and move the task.</summary>
public sealed record TaskWorkEnded(string RunId);
