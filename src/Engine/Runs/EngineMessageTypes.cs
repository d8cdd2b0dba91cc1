using EventAgents.Engine.Pulse;
using EventAgents.Platform.Messaging;

namespace EventAgents.Engine.Runs;

/// <summary>The engine's message types and their stable names.</summary>
public static class EngineMessageTypes
{
    public static MessageTypeRegistry Create() => new MessageTypeRegistry()
        .Map<StepDue>("engine.step-due.v1")
        .Map<StepDeadlineReached>("engine.step-deadline-reached.v1")
        .Map<LaunchStep>("engine.launch-step.v1")
        .Map<StopStep>("engine.stop-step.v1")
        .Map<StepResultReported>("engine.step-result-reported.v1")
        .Map<StepFailureReported>("engine.step-failure-reported.v1")
        .Map<StepOutputReported>("engine.step-output-reported.v1")
        .Map<StepModelCallReported>("engine.step-model-call-reported.v1")
        .Map<StepToolCallReported>("engine.step-tool-call-reported.v1")
        .Map<StepBudgetWarningReported>("engine.step-budget-warning-reported.v1")
        .Map<StopRun>("engine.stop-run.v1")
        .Map<ResumeSteps>("engine.resume-steps.v1")
        .Map<PulseDue>("engine.pulse-due.v1")
        .Map<TaskWorkEnded>("engine.task-work-ended.v1");
}
