namespace EventAgents.Application.Common.Commanding;

/// <summary>Who sends a command and under which conditions.</summary>
/// <param name="Actor">The person, agent or service sending the command; stamped on the events.</param>
/// <param name="ExpectedVersion">
/// The stream version the client saw. When set, a stream at any other version is reported as a
/// <see cref="ConflictError"/> instead of being decided again on the newer state.
/// </param>
/// <param name="CorrelationId">Groups the events with others of the same flow; defaults to the aggregate's id.</param>
/// <param name="CommandId">Makes the command idempotent: a command id already applied writes nothing again.</param>
public sealed record CommandContext(string Actor, long? ExpectedVersion = null, string? CorrelationId = null, Guid? CommandId = null);
