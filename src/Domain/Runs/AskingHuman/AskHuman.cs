using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Runs;

/// <summary>The agent of a running attempt asks a person a question and waits for the answer.</summary>
/// <param name="RunId">The run.</param>
/// <param name="StepId">The agent's step.</param>
/// <param name="Attempt">The asking attempt.</param>
/// <param name="QuestionId">The agent's id for the question; asking again with the same id is a redelivery.</param>
/// <param name="Question">What the agent wants to know.</param>
/// <param name="At">When.</param>
public sealed record AskHuman(string RunId, string StepId, int Attempt, string QuestionId, string Question, DateTimeOffset At) : IStepCommand;

/// <summary>The agent asked a person a question; the attempt's deadline stands still until it is answered.</summary>
public sealed record StepQuestionAsked(string RunId, string StepId, int Attempt, string QuestionId, string Question, DateTimeOffset At) : IRunEvent;

/// <summary>Decides <see cref="AskHuman"/>.</summary>
public static class AskingHuman
{
    /// <summary>Longest question, in characters.</summary>
    public const int MaxQuestionLength = 4000;

    /// <summary>Records the question once, while the attempt runs and no other question waits.</summary>
    public static Decision<IRunEvent> Decide(AskHuman command, Run state)
    {
        if (Text.IsBlank(command.QuestionId))
        {
            return Text.Required("question", "id");
        }

        if (Text.IsBlank(command.Question))
        {
            return Text.Required("question", "text");
        }

        if (command.Question.Length > MaxQuestionLength)
        {
            return new DomainError("question.too-long", $"A question may have {MaxQuestionLength} characters, not {command.Question.Length}.");
        }

        if (state.Definition.FindStep(command.StepId) is { } defined && defined.ActingAgent() is null)
        {
            return new DomainError("step.not-an-agent", $"Step '{command.StepId}' is not run by an agent.");
        }

        if (StepGuard.Check(state, command.StepId, command.Attempt, out var step, out var progress) is { } early)
        {
            return early;
        }

        if (progress.Question?.Id == command.QuestionId || progress.Answers.ContainsKey(command.QuestionId))
        {
            return Decision<IRunEvent>.Nothing;
        }

        if (progress.Status != StepStatus.Running)
        {
            return StepGuard.WrongStatus(progress, "running");
        }

        if (progress.Question is { } waiting)
        {
            return new DomainError("question.pending", $"Step '{step.Id}' already waits for an answer to question '{waiting.Id}'.");
        }

        return Decision<IRunEvent>.Accept(new StepQuestionAsked(state.Id, step.Id, command.Attempt, command.QuestionId, command.Question, command.At));
    }
}
