using EventAgents.Application.Common.Commanding;
using EventAgents.Domain.Projects;

namespace EventAgents.Application.Projects;

/// <summary>Where a project's events live (<c>project-&lt;id&gt;</c>), and how they fold into its state.</summary>
public static class ProjectStreams
{
    public const string Prefix = "project-";

    /// <summary>The project aggregate's storage, for <see cref="CommandHandler{TState, TEvent}"/>.</summary>
    public static AggregateStream<Project> Aggregate { get; } = new(Id, Project.Initial, Evolve);

    public static string Id(string projectId) => Prefix + projectId;

    /// <summary>Folds one stored event into the state; events of other kinds leave it as it is.</summary>
    public static Project Evolve(Project state, object e) => e is IProjectEvent projectEvent ? ProjectDecider.Evolve(state, projectEvent) : state;
}
