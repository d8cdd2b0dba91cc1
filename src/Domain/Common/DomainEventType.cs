namespace EventAgents.Domain.Common;

/// <summary>
/// The stable name under which an event type is stored, e.g. <c>run.step-completed.v1</c>.
/// The name never changes once released; a changed shape gets a new version.
/// </summary>
public sealed record DomainEventType(string Name, Type Type);
