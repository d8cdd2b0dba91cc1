using System.Diagnostics;
using EventAgents.AgentHost.Reporting;
using EventAgents.AgentHost.Tools;
using Microsoft.Extensions.AI;

namespace EventAgents.AgentHost.Loop;

/// <summary>
/// The tool-calling loop: asks the model (streaming its text to the server), records each model call, runs the tools it
/// calls (read-only ones side by side) and feeds their results back, until it calls <c>complete_step</c>, runs out of
/// turns or budget, is stuck, or is stopped.
/// </summary>
public sealed class AgentLoop(IChatClient model, AgentTools tools, IAgentReporter reporter, AgentLoopOptions options)
{
    /// <summary>The message a stopped agent fails its step with.</summary>
    public const string Stopped = "The agent was stopped before it finished: its step was cancelled or its process was told to terminate.";

    private static readonly TimeSpan FinalReportTimeout = TimeSpan.FromSeconds(20);

    /// <summary>A loop with <paramref name="maxTurns"/> turns and no other limits.</summary>
    public AgentLoop(IChatClient model, AgentTools tools, IAgentReporter reporter, int maxTurns)
        : this(model, tools, reporter, new AgentLoopOptions(maxTurns))
    {
    }

    /// <summary>Works on <paramref name="prompt"/> and reports the completion or the failure.</summary>
    public async Task<AgentOutcome> RunAsync(string prompt, CancellationToken ct)
    {
        var budget = new BudgetManager(options.Budget, options.Time, options.HumanWaits);
        using var deadline = new WallTimeDeadline(budget, options.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        AgentOutcome outcome;
        try
        {
            outcome = await WorkAsync(prompt, budget, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            outcome = AgentOutcome.Failed(Stopped);
        }
        catch (OperationCanceledException) when (deadline.HasPassed)
        {
            outcome = AgentOutcome.Failed(budget.Exhausted() ?? "time budget exhausted");
        }

        using var final = new CancellationTokenSource(FinalReportTimeout);
        var reportToken = ct.IsCancellationRequested ? final.Token : ct;
        if (outcome.Completion is { } completion)
        {
            await reporter.CompletedAsync(completion.Result, completion.OutputJson, reportToken).ConfigureAwait(false);
        }
        else
        {
            await reporter.FailedAsync(outcome.FailureReason ?? "The agent failed.", reportToken).ConfigureAwait(false);
        }

        return outcome;
    }

    private async Task<AgentOutcome> WorkAsync(string prompt, BudgetManager budget, CancellationToken ct)
    {
        var messages = new List<ChatMessage> { new(ChatRole.System, options.SystemPrompt), new(ChatRole.User, prompt) };
        var chat = new ChatOptions { Tools = [.. tools.Functions], ToolMode = ChatToolMode.Auto };
        var stuck = new StuckDetector(options.Stuck);
        using var records = new ModelCallRecords(options.Usage, options.Model);
        var toolCalls = 0;
        for (var turn = 0; turn < options.MaxTurns; turn++)
        {
            if (budget.Exhausted() is { } spent)
            {
                return AgentOutcome.Failed(spent);
            }

            var response = await AskAsync(messages, chat, records, ct).ConfigureAwait(false);
            budget.AddModelCall(response.Tokens, response.CostUsd);
            foreach (var (limit, message) in budget.NewWarnings())
            {
                await reporter.BudgetWarnedAsync(limit, message, ct).ConfigureAwait(false);
            }

            if (budget.Exhausted() is { } exhausted)
            {
                return AgentOutcome.Failed(exhausted);
            }

            var calls = response.Messages.SelectMany(message => message.Contents).OfType<FunctionCallContent>().ToList();
            if (calls.Count == 0)
            {
                return AgentOutcome.Failed("The model stopped without calling complete_step.");
            }

            var results = await RunToolsAsync(calls, toolCalls, ct).ConfigureAwait(false);
            toolCalls += calls.Count;
            messages.Add(new ChatMessage(ChatRole.Tool, [.. results.Select(result => (AIContent)result.Result)]));
            if (tools.Completion.Completion is { } completion)
            {
                return AgentOutcome.Completed(completion);
            }

            var observed = results.Select(result => (result.Report.Tool, result.Report.ArgumentsJson, result.Report.Result)).ToList();
            switch (stuck.Observe(observed, tools.Activity.Changes))
            {
                case StuckDetector.Verdict.Stop:
                    return AgentOutcome.Failed(stuck.Reason!);
                case StuckDetector.Verdict.Nudge:
                    messages.Add(new ChatMessage(ChatRole.User, stuck.NudgeMessage()));
                    await reporter.OutputAsync($"[nudged: {stuck.Reason}]\n", ct).ConfigureAwait(false);
                    break;
            }
        }

        return AgentOutcome.Failed($"The agent used all of its {options.MaxTurns} turns without calling complete_step.");
    }

    private async Task<(IList<ChatMessage> Messages, long Tokens, decimal? CostUsd)> AskAsync(
        List<ChatMessage> messages, ChatOptions chat, ModelCallRecords records, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var output = new OutputStream(reporter);
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in model.GetStreamingResponseAsync(messages, chat, ct).ConfigureAwait(false))
        {
            updates.Add(update);
            if (update.Text is { Length: > 0 } text)
            {
                await output.AppendAsync(text, ct).ConfigureAwait(false);
            }
        }

        var response = updates.ToChatResponse();
        var (report, _) = records.Take(messages, [.. response.Messages], watch.Elapsed);
        messages.AddRange(response.Messages);
        await output.FlushAsync(ct).ConfigureAwait(false);
        await reporter.ModelCalledAsync(report, ct).ConfigureAwait(false);
        return (response.Messages, report.InputTokens + report.OutputTokens, report.CostUsd);
    }

    private async Task<List<(FunctionResultContent Result, ToolCallReport Report)>> RunToolsAsync(
        List<FunctionCallContent> calls, int before, CancellationToken ct)
    {
        var results = new List<(FunctionResultContent Result, ToolCallReport Report)>();
        var index = 0;
        while (index < calls.Count)
        {
            var end = index + 1;
            if (ReadOnly(calls[index]))
            {
                while (end < calls.Count && ReadOnly(calls[end]))
                {
                    end++;
                }
            }

            var batch = await Task.WhenAll(Enumerable.Range(index, end - index)
                .Select(at => ToolCalls.InvokeAsync(tools, calls[at], before + at + 1, ct))).ConfigureAwait(false);
            foreach (var result in batch)
            {
                await reporter.ToolCalledAsync(result.Report, ct).ConfigureAwait(false);
                results.Add(result);
            }

            index = end;
        }

        return results;
    }

    private bool ReadOnly(FunctionCallContent call) => tools.Find(call.Name) is not { } function || AgentTools.IsReadOnly(function);
}
