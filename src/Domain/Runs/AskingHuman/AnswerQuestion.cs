using EventAgents.Domain.Common;

namespace EventAgents.Domain.Runs;

/// <summary>A person answers the question an agent's attempt is waiting on.</summary>
/// <param name="RunId">The run.</param>
/// <param name="StepId">The asking step.</param>
/// <param name="QuestionId">The question.</param>
/// <param name="Answer">The answer.</param>
/// <param name="AnsweredBy">Who answered.</param>
/// <param name="At">When.</param>
public sealed record AnswerQuestion(string RunId, string StepId, string QuestionId, string Answer, string AnsweredBy, DateTimeOffset At) : IRunCommand;

/// <summary>
/// A person answered the agent's question. <paramref name="Deadline"/> is the attempt's deadline moved on by the time the
/// question waited (null when the attempt has none).
/// </summary>
public sealed record StepQuestionAnswered(
    string RunId, string StepId, int Attempt, string QuestionId, string Answer, string AnsweredBy, DateTimeOffset? Deadline, DateTimeOffset At) : IRunEvent;

/// <summary>Decides <see cref="AnswerQuestion"/>.</summary>
public static class AnsweringQuestion
{
    /// <summary>Longest answer, in characters.</summary>
    public const int MaxAnswerLength = 16_000;

    /// <summary>Answers the waiting question once; the same answer again changes nothing, a different one is refused.</summary>
    public static Decision<IRunEvent> Decide(AnswerQuestion command, Run state)
    {
        if (Text.IsBlank(command.Answer))
        {
            return Text.Required("question", "answer");
        }

        if (command.Answer.Length > MaxAnswerLength)
        {
            return new DomainError("question.answer-too-long", $"An answer may have {MaxAnswerLength} characters, not {command.Answer.Length}.");
        }

        if (state.Status == RunStatus.None)
        {
            return StepGuard.NotFound(state, command.StepId);
        }

        if (state.Definition.FindStep(command.StepId) is null)
        {
            return new DomainError("step.unknown", $"Pipeline '{state.PipelineId}' has no step '{command.StepId}'.");
        }

        var progress = state.Step(command.StepId);
        if (progress.Answers.TryGetValue(command.QuestionId, out var given))
        {
            return given.Text == command.Answer
                ? Decision<IRunEvent>.Nothing
                : new DomainError("question.already-answered", $"Question '{command.QuestionId}' was already answered by {given.AnsweredBy}.");
        }

        if (state.Status.IsFinished())
        {
            return new DomainError("run.finished", $"Run '{state.Id}' is {state.Status}.");
        }

        if (progress.Question is not { } question || question.Id != command.QuestionId)
        {
            return new DomainError("question.not-pending", $"Step '{command.StepId}' is not waiting for an answer to question '{command.QuestionId}'.");
        }

        var waited = command.At > question.AskedAt ? command.At - question.AskedAt : TimeSpan.Zero;
        return Decision<IRunEvent>.Accept(new StepQuestionAnswered(
            state.Id, command.StepId, progress.Attempt, question.Id, command.Answer, command.AnsweredBy, progress.DueAt + waited, command.At));
    }
}
