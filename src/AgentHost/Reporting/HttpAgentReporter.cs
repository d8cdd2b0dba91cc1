using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using EventAgents.AgentHost.Configuration;

namespace EventAgents.AgentHost.Reporting;

/// <summary>
/// Sends reports to <c>POST {server}/agent/runs/{run}/steps/{step}/{output|tool-calls|model-calls|budget-warnings|complete|fail}</c> with the
/// step token as a Bearer token, retrying transient failures.
/// </summary>
public sealed class HttpAgentReporter(HttpClient http, AgentSettings settings, ReportRetry retry, TimeProvider time, StepCredential? credential = null)
    : IAgentReporter
{
    private readonly StepCredential token = credential ?? new StepCredential(settings.StepToken);

    /// <inheritdoc />
    public Task OutputAsync(string text, CancellationToken ct) =>
        PostAsync("output", new JsonObject { ["text"] = text }, ct);

    /// <inheritdoc />
    public Task ToolCalledAsync(ToolCallReport call, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        return PostAsync("tool-calls", new JsonObject
        {
            ["sequence"] = call.Sequence,
            ["tool"] = call.Tool,
            ["arguments"] = JsonNode.Parse(call.ArgumentsJson),
            ["result"] = call.Result,
            ["is_error"] = call.IsError,
            ["duration_ms"] = call.DurationMs,
        }, ct);
    }

    /// <inheritdoc />
    public Task ModelCalledAsync(ModelCallReport call, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        return PostAsync("model-calls", new JsonObject
        {
            ["sequence"] = call.Sequence,
            ["model"] = call.Model,
            ["messages_in"] = JsonNode.Parse(call.MessagesInJson),
            ["messages_out"] = JsonNode.Parse(call.MessagesOutJson),
            ["input_tokens"] = call.InputTokens,
            ["cached_input_tokens"] = call.CachedInputTokens,
            ["output_tokens"] = call.OutputTokens,
            ["cost_usd"] = call.CostUsd,
            ["duration_ms"] = call.DurationMs,
        }, ct);
    }

    /// <inheritdoc />
    public Task BudgetWarnedAsync(string limit, string message, CancellationToken ct) =>
        PostAsync("budget-warnings", new JsonObject { ["limit"] = limit, ["message"] = message }, ct);

    /// <inheritdoc />
    public Task CompletedAsync(string result, string outputJson, CancellationToken ct) =>
        PostAsync("complete", new JsonObject { ["result"] = result, ["output"] = JsonNode.Parse(outputJson) }, ct);

    /// <inheritdoc />
    public Task FailedAsync(string reason, CancellationToken ct) =>
        PostAsync("fail", new JsonObject { ["reason"] = reason }, ct);

    private async Task PostAsync(string report, JsonObject body, CancellationToken ct)
    {
        var url = new Uri(Base(), $"agent/runs/{Uri.EscapeDataString(settings.RunId)}/steps/{Uri.EscapeDataString(settings.StepId)}/{report}");
        var json = body.ToJsonString();
        for (var attempt = 1; ; attempt++)
        {
            var last = attempt >= retry.Attempts;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
                using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
                token.TakeRenewal(response);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                if (last || !ReportRetry.IsTransient(response.StatusCode))
                {
                    var detail = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
                    throw new AgentReportRejectedException(response.StatusCode, detail.Length > 500 ? detail[..500] : detail);
                }
            }
            catch (HttpRequestException) when (!last)
            {
            }
            catch (TaskCanceledException) when (!last && !ct.IsCancellationRequested)
            {
            }

            await Task.Delay(retry.DelayAfter(attempt), time, ct).ConfigureAwait(false);
        }
    }

    private Uri Base() =>
        settings.ServerUrl.AbsoluteUri.EndsWith('/') ? settings.ServerUrl : new Uri(settings.ServerUrl.AbsoluteUri + "/");
}
