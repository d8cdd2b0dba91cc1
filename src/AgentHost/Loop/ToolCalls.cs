using System.Diagnostics;
using System.Text.Json;
using EventAgents.AgentHost.Reporting;
using EventAgents.AgentHost.Tools;
using Microsoft.Extensions.AI;
using ModelContextProtocol;

namespace EventAgents.AgentHost.Loop;

/// <summary>Runs one tool call of the model and turns its result or refusal into the model's input and a report.</summary>
internal static class ToolCalls
{
    private const int SummaryChars = 2000;

    public static async Task<(FunctionResultContent Result, ToolCallReport Report)> InvokeAsync(
        AgentTools tools, FunctionCallContent call, int sequence, CancellationToken ct)
    {
        var arguments = call.Arguments ?? new Dictionary<string, object?>();
        var watch = Stopwatch.StartNew();
        string result;
        var failed = true;
        if (tools.Find(call.Name) is not { } function)
        {
            result = $"Error: there is no tool '{call.Name}'.";
        }
        else
        {
            try
            {
                result = (await function.InvokeAsync(new AIFunctionArguments(arguments), ct).ConfigureAwait(false))?.ToString() ?? "";
                failed = false;
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
            catch (InvalidOperationException exception) when (!ct.IsCancellationRequested)
            {
                result = $"Error: {exception.Message}";
            }
            catch (McpException exception)
            {
                result = $"Error: {exception.Message}";
            }
            catch (HttpRequestException exception)
            {
                // The tools that call the server (ask_human, the board) could not reach it: the model may try again.
                result = $"Error: the server could not be reached: {exception.Message}";
            }
            catch (TaskCanceledException exception) when (exception.InnerException is TimeoutException && !ct.IsCancellationRequested)
            {
                result = $"Error: the server did not answer in time: {exception.Message}";
            }
        }

        var report = new ToolCallReport(sequence, call.Name, JsonSerializer.Serialize(arguments), Summary(result), failed, watch.ElapsedMilliseconds);
        return (new FunctionResultContent(call.CallId, result), report);
    }

    private static string Summary(string result) =>
        result.Length <= SummaryChars ? result : string.Concat(result.AsSpan(0, SummaryChars), "…");
}
