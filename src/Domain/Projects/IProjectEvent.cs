using EventAgents.Domain.Common;

namespace EventAgents.Domain.Projects;

/// <summary>An event in a project's stream.</summary>
public interface IProjectEvent : IDomainEvent
{
    /// <summary>The project the event belongs to.</summary>
    string ProjectId { get; }
}

/// <summary>A command addressed to one project.</summary>
public interface IProjectCommand
{
    /// <summary>The project the command is addressed to.</summary>
    string ProjectId { get; }
}
