using System.Text.Json;
using EventAgents.AgentHost.Reporting;
using EventAgents.AgentHost.Tools;
using Microsoft.Extensions.AI;

namespace EventAgents.AgentHost.Loop;

/// <summary>Runs one tool call of the model, reports it, and turns its result or refusal into the model's input.</summary>
internal static class ToolCalls
{
    private const int SummaryChars = 2000;

    public static async Task<FunctionResultContent> InvokeAsync(AgentTools tools, FunctionCallContent call, IAgentReporter reporter, CancellationToken ct)
    {
        var arguments = call.Arguments ?? new Dictionary<string, object?>();
        string result;
        if (tools.Find(call.Name) is not { } function)
        {
            result = $"Error: there is no tool '{call.Name}'.";
        }
        else
        {
            try
            {
                result = (await function.InvokeAsync(new AIFunctionArguments(arguments), ct).ConfigureAwait(false))?.ToString() ?? "";
            }
            catch (ToolRefusedException refused)
            {
                result = $"Error: {refused.Message}";
            }
            catch (IOException exception)
            {
                result = $"Error: {exception.Message}";
            }
            catch (UnauthorizedAccessException exception)
            {
                result = $"Error: {exception.Message}";
            }
        }

        await reporter.ToolCalledAsync(call.Name, JsonSerializer.Serialize(arguments), Summary(result), ct).ConfigureAwait(false);
        return new FunctionResultContent(call.CallId, result);
    }

    private static string Summary(string result) =>
        result.Length <= SummaryChars ? result : string.Concat(result.AsSpan(0, SummaryChars), "…");
}
