namespace EventAgents.Platform.Messaging;

/// <summary>How many messages of a queue are in each state.</summary>
/// <param name="Due">Deliverable now, waiting for a worker.</param>
/// <param name="Scheduled">Waiting for their delivery time or the end of a retry's backoff.</param>
/// <param name="InFlight">Held by a worker under a lease.</param>
/// <param name="DeadLetters">Failed for good, waiting for a replay.</param>
public sealed record QueueCounts(long Due, long Scheduled, long InFlight, long DeadLetters);
