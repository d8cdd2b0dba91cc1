using System.Collections.Frozen;
using EventAgents.Domain.Agents;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Chats;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Projects;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tasks;

namespace EventAgents.Domain.Common;

/// <summary>
/// The one list of stored event type names. The event store maps names to types with it; CLR
/// names never reach the database. A released name is never renamed or reused.
/// </summary>
public static class DomainEventTypes
{
    /// <summary>Every event type of the domain with its stable name.</summary>
    public static IReadOnlyList<DomainEventType> All { get; } =
    [
        new("project.created.v1", typeof(ProjectCreated)),
        new("project.default-branch-changed.v1", typeof(DefaultBranchChanged)),
        new("project.board-linked.v1", typeof(BoardLinked)),
        new("project.archived.v1", typeof(ProjectArchived)),

        new("agent.created.v1", typeof(AgentCreated)),
        new("agent.persona-changed.v1", typeof(AgentPersonaChanged)),
        new("agent.model-changed.v1", typeof(AgentModelChanged)),
        new("agent.tools-set.v1", typeof(AgentToolsSet)),
        new("agent.pulse-scheduled.v1", typeof(AgentPulseScheduled)),
        new("agent.columns-assigned.v1", typeof(AgentColumnsAssigned)),
        new("agent.retired.v1", typeof(AgentRetired)),

        new("pipeline.version-defined.v1", typeof(PipelineVersionDefined)),

        new("run.requested.v1", typeof(RunRequested)),
        new("run.started.v1", typeof(RunStarted)),
        new("run.step-queued.v1", typeof(StepQueued)),
        new("run.loop-started.v1", typeof(LoopStarted)),
        new("run.parallel-started.v1", typeof(ParallelStarted)),
        new("run.council-convened.v1", typeof(CouncilConvened)),
        new("run.step-started.v1", typeof(StepStarted)),
        new("run.step-output-recorded.v1", typeof(StepOutputRecorded)),
        new("run.step-model-called.v1", typeof(StepModelCalled)),
        new("run.step-tool-called.v1", typeof(StepToolCalled)),
        new("run.step-budget-warned.v1", typeof(StepBudgetWarned)),
        new("run.step-budget-exceeded.v1", typeof(StepBudgetExceeded)),
        new("run.step-question-asked.v1", typeof(StepQuestionAsked)),
        new("run.step-question-answered.v1", typeof(StepQuestionAnswered)),
        new("run.step-completed.v1", typeof(StepCompleted)),
        new("run.step-retry-scheduled.v1", typeof(StepRetryScheduled)),
        new("run.step-failed.v1", typeof(StepFailed)),
        new("run.step-timed-out.v1", typeof(StepTimedOut)),
        new("run.step-skipped.v1", typeof(StepSkipped)),
        new("run.gate-approval-requested.v1", typeof(GateApprovalRequested)),
        new("run.gate-approved.v1", typeof(GateApproved)),
        new("run.gate-rejected.v1", typeof(GateRejected)),
        new("run.paused.v1", typeof(RunPaused)),
        new("run.resumed.v1", typeof(RunResumed)),
        new("run.cancelled.v1", typeof(RunCancelled)),
        new("run.completed.v1", typeof(RunCompleted)),
        new("run.failed.v1", typeof(RunFailed)),

        new("board.created.v1", typeof(BoardCreated)),
        new("board.wip-limit-set.v1", typeof(WipLimitSet)),
        new("task.created.v1", typeof(TaskCreated)),
        new("task.moved.v1", typeof(TaskMoved)),
        new("task.claimed.v1", typeof(TaskClaimed)),
        new("task.pull-request-linked.v1", typeof(PullRequestLinked)),
        new("task.dependency-added.v1", typeof(TaskDependencyAdded)),
        new("task.dependency-removed.v1", typeof(TaskDependencyRemoved)),
        new("task.commented.v1", typeof(TaskCommented)),

        new("chat.session-started.v1", typeof(ChatSessionStarted)),
        new("chat.user-message-posted.v1", typeof(UserMessagePosted)),
        new("chat.agent-message-recorded.v1", typeof(AgentMessageRecorded)),
        new("chat.session-ended.v1", typeof(ChatSessionEnded)),
    ];

    private static readonly FrozenDictionary<string, Type> TypesByName = All.ToFrozenDictionary(entry => entry.Name, entry => entry.Type, StringComparer.Ordinal);

    private static readonly FrozenDictionary<Type, string> NamesByType = All.ToFrozenDictionary(entry => entry.Type, entry => entry.Name);

    /// <summary>The stored name of an event's type.</summary>
    /// <exception cref="ArgumentException">The type is not registered (a programming error).</exception>
    public static string NameOf(Type eventType) =>
        NamesByType.TryGetValue(eventType, out var name) ? name : throw new ArgumentException($"{eventType.Name} is not in DomainEventTypes.All.", nameof(eventType));

    /// <summary>The stored name of an event.</summary>
    public static string NameOf(IDomainEvent @event) => NameOf(@event.GetType());

    /// <summary>The type stored under <paramref name="name"/>, or null for an unknown name.</summary>
    public static Type? TypeOf(string name) => TypesByName.GetValueOrDefault(name);
}
