using EventAgents.AgentHost.Reporting;
using EventAgents.AgentHost.Tools;
using Microsoft.Extensions.AI;

namespace EventAgents.AgentHost.Loop;

/// <summary>
/// The tool-calling loop: asks the model, reports its text, runs the tools it calls and feeds their results back,
/// until it calls <c>complete_step</c> or runs out of turns.
/// </summary>
public sealed class AgentLoop(IChatClient model, AgentTools tools, IAgentReporter reporter, int maxTurns)
{
    private const string Instructions =
        "You work on one step of a pipeline in a workspace directory. Use the tools to read and change files and to run "
        + "commands there. When you are done, call complete_step with the result (such as pass or fail) and your output.";

    /// <summary>Works on <paramref name="prompt"/> and reports the completion or the failure.</summary>
    public async Task<AgentOutcome> RunAsync(string prompt, CancellationToken ct)
    {
        var outcome = await WorkAsync(prompt, ct).ConfigureAwait(false);
        if (outcome.Completion is { } completion)
        {
            await reporter.CompletedAsync(completion.Result, completion.OutputJson, ct).ConfigureAwait(false);
        }
        else
        {
            await reporter.FailedAsync(outcome.FailureReason ?? "The agent failed.", ct).ConfigureAwait(false);
        }

        return outcome;
    }

    private async Task<AgentOutcome> WorkAsync(string prompt, CancellationToken ct)
    {
        var messages = new List<ChatMessage> { new(ChatRole.System, Instructions), new(ChatRole.User, prompt) };
        var options = new ChatOptions { Tools = [.. tools.Functions], ToolMode = ChatToolMode.Auto };
        for (var turn = 0; turn < maxTurns; turn++)
        {
            var response = await model.GetResponseAsync(messages, options, ct).ConfigureAwait(false);
            messages.AddRange(response.Messages);
            if (response.Text is { Length: > 0 } text)
            {
                await reporter.OutputAsync(text, ct).ConfigureAwait(false);
            }

            var calls = response.Messages.SelectMany(message => message.Contents).OfType<FunctionCallContent>().ToList();
            if (calls.Count == 0)
            {
                return AgentOutcome.Failed("The model stopped without calling complete_step.");
            }

            var results = new List<AIContent>();
            foreach (var call in calls)
            {
                results.Add(await ToolCalls.InvokeAsync(tools, call, reporter, ct).ConfigureAwait(false));
            }

            messages.Add(new ChatMessage(ChatRole.Tool, results));
            if (tools.Completion.Completion is { } completion)
            {
                return AgentOutcome.Completed(completion);
            }
        }

        return AgentOutcome.Failed($"The agent used all of its {maxTurns} turns without calling complete_step.");
    }
}
