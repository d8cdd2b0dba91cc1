using System.Globalization;
using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Runs;

/// <summary>
/// The server found the attempt's recorded usage past the step's budget and stopped it, whatever the agent itself
/// reported. <paramref name="Limit"/> is <c>tokens</c> or <c>cost</c>; <paramref name="Message"/> reads like
/// <c>token budget exhausted: 10,240 of 10,000 tokens</c>.
/// </summary>
public sealed record StepBudgetExceeded(string RunId, string StepId, int Attempt, string Limit, string Message, DateTimeOffset At) : IRunEvent;

/// <summary>Checks an attempt's usage against its step's budget, in the words the agent's own budget manager uses.</summary>
internal static class BudgetOverrun
{
    /// <summary>The limit passed and how, or null while the usage is within the budget.</summary>
    public static (string Limit, string Message)? Check(StepBudget? budget, StepUsage usage) => budget switch
    {
        { MaxTokens: { } tokens } when usage.Tokens > tokens =>
            ("tokens", string.Create(CultureInfo.InvariantCulture, $"token budget exhausted: {usage.Tokens:N0} of {tokens:N0} tokens")),
        { MaxCostUsd: { } cost } when usage.CostUsd > cost =>
            ("cost", string.Create(CultureInfo.InvariantCulture, $"cost budget exhausted: ${usage.CostUsd:0.00####} of ${cost:0.00####}")),
        _ => null,
    };

    /// <summary>When the attempt is running and <paramref name="usage"/> is past its budget: records the overrun and fails the attempt.</summary>
    public static void Enforce(EventTrail<Run, IRunEvent> trail, StepDefinition step, int attempt, StepUsage usage, DateTimeOffset at)
    {
        if (trail.State.Step(step.Id) is not { Status: StepStatus.Running } progress || progress.Attempt != attempt || Check(step.Flow.Budget, usage) is not { } overrun)
        {
            return;
        }

        trail.Emit(new StepBudgetExceeded(trail.State.Id, step.Id, attempt, overrun.Limit, overrun.Message, at));
        RunRouter.FailAttempt(trail, step, overrun.Message, timedOut: false, at);
    }
}
