using EventAgents.Domain.Common;

namespace EventAgents.Domain.Runs;

/// <summary>The run aggregate as pure functions; routing lives in <see cref="RunRouter"/>.</summary>
public static partial class RunDecider
{
    /// <summary>Decides what happens when <paramref name="command"/> meets <paramref name="state"/>.</summary>
    public static Decision<IRunEvent> Decide(IRunCommand command, Run state) => command switch
    {
        RequestRun request => RequestingRun.Decide(request, state),
        StartRun start => StartingRun.Decide(start, state),
        StartStep start => StartingStep.Decide(start, state),
        RecordStepOutput record => RecordingOutput.Decide(record, state),
        RecordModelCall record => RecordingModelCall.Decide(record, state),
        RecordToolCall record => RecordingToolCall.Decide(record, state),
        WarnBudget warn => WarningBudget.Decide(warn, state),
        AskHuman ask => AskingHuman.Decide(ask, state),
        AnswerQuestion answer => AnsweringQuestion.Decide(answer, state),
        CompleteStep complete => CompletingStep.Decide(complete, state),
        FailStep fail => FailingStep.Decide(fail, state),
        TimeOutStep timeOut => TimingOutStep.Decide(timeOut, state),
        ApproveGate approve => ApprovingGate.Decide(approve, state),
        RejectGate reject => RejectingGate.Decide(reject, state),
        PauseRun pause => PausingRun.Decide(pause, state),
        ResumeRun resume => ResumingRun.Decide(resume, state),
        CancelRun cancel => CancellingRun.Decide(cancel, state),
        FailRun fail => FailingRun.Decide(fail, state),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown run command."),
    };
}
