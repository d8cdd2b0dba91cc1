using EventAgents.Domain.Common;

namespace EventAgents.Domain.Runs;

/// <summary>Reports that the running attempt has used 80% of one of its limits (tokens, cost, wall time, iterations).</summary>
/// <param name="RunId">The run.</param>
/// <param name="StepId">The step.</param>
/// <param name="Attempt">The attempt.</param>
/// <param name="Limit">Which limit: <c>tokens</c>, <c>cost</c>, <c>time</c> or <c>iterations</c>.</param>
/// <param name="Message">What the agent said, e.g. <c>token budget at 82%: 8,200 of 10,000 tokens</c>.</param>
/// <param name="At">When.</param>
public sealed record WarnBudget(string RunId, string StepId, int Attempt, string Limit, string Message, DateTimeOffset At) : IStepCommand;

/// <summary>The attempt came close to one of its limits.</summary>
public sealed record StepBudgetWarned(string RunId, string StepId, int Attempt, string Limit, string Message, DateTimeOffset At) : IRunEvent;

/// <summary>Decides <see cref="WarnBudget"/>.</summary>
public static class WarningBudget
{
    /// <summary>Records the first warning per limit and attempt; later ones change nothing.</summary>
    public static Decision<IRunEvent> Decide(WarnBudget command, Run state)
    {
        if (Text.IsBlank(command.Limit))
        {
            return Decision<IRunEvent>.Refuse("budget.limit-missing", "A budget warning must name its limit.");
        }

        if (CallGuard.Check(state, command.StepId, command.Attempt, out var progress) is { } early)
        {
            return early;
        }

        return progress.BudgetWarnings.Contains(command.Limit)
            ? Decision<IRunEvent>.Nothing
            : Decision<IRunEvent>.Accept(new StepBudgetWarned(state.Id, command.StepId, command.Attempt, command.Limit, command.Message, command.At));
    }
}
