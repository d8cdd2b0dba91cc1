namespace EventAgents.Domain.Common;

/// <summary>
/// The typed refusal of a command: an expected rule violation, never an exception.
/// </summary>
/// <param name="Code">A stable, dotted code such as <c>run.not-running</c>, safe for clients to switch on.</param>
/// <param name="Message">A human readable explanation.</param>
public sealed record DomainError(string Code, string Message);
