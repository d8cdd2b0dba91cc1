using EventAgents.Application.GitHosting;
using EventAgents.Engine.Runs;
using EventAgents.Engine.Workspaces;
using EventAgents.Engine.Workspaces.GitWorkspaces;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;

namespace EventAgents.Engine.Pulse;

/// <summary>The engine's board work: agents' pulses claim ready tasks, and the runs that worked them are wrapped up.</summary>
public sealed class BoardWork(AgentPulse pulse, TaskWorkFinisher finisher)
{
    public const string ReactorName = "board-work";

    public static BoardWork Create(
        EventStore store, IWorkspaces workspaces, Func<string, CancellationToken, Task<ProjectRepository?>> repositoryOf, IGitHost gitHost, TimeProvider clock) =>
        new(new AgentPulse(store, new TaskWorkPipelines(store), clock),
            new TaskWorkFinisher(store, workspaces, repositoryOf, gitHost, new GitCli(), clock));

    public HandlerRegistry AddTo(HandlerRegistry handlers) => handlers
        .Handle<PulseDue>(pulse.HandleAsync)
        .Handle<TaskWorkEnded>(finisher.HandleAsync);

    public static EventHandlers Reactions(EventHandlers handlers) => handlers.AddPulseReactions();
}
