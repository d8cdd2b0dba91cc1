using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Reporting;
using EventAgents.AgentHost.Secrets;

namespace EventAgents.AgentHost.Tools;

/// <summary>
/// Calls the server's agent API for the agent's step (<c>/agent/runs/{run}/steps/{step}/...</c>) with the step token. What
/// it sends is redacted first (a question or a comment may quote a secret the model saw). A refusal by the server becomes a
/// <see cref="ToolRefusedException"/> with the server's reason, for the model to read.
/// </summary>
public sealed class AgentApiClient(HttpClient http, AgentSettings settings, Redactor? redactor = null, StepCredential? credential = null)
{
    private readonly StepCredential token = credential ?? new StepCredential(settings.StepToken);

    private const int MaxDetailChars = 500;

    /// <summary>Sends the request and returns the response body of a success.</summary>
    /// <exception cref="ToolRefusedException">The server refused, with its status and reason.</exception>
    public async Task<string> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken ct)
    {
        var root = settings.ServerUrl.AbsoluteUri.TrimEnd('/');
        var url = new Uri($"{root}/agent/runs/{Uri.EscapeDataString(settings.RunId)}/steps/{Uri.EscapeDataString(settings.StepId)}/{path}");
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        if (body is not null)
        {
            request.Content = new StringContent((redactor ?? Redactor.None).Redact(body.ToJsonString()), Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        token.TakeRenewal(response);
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return text;
        }

        throw new ToolRefusedException($"The server refused ({(int)response.StatusCode}): {Detail(text)}") { StatusCode = (int)response.StatusCode };
    }

    private static string Detail(string problem)
    {
        try
        {
            using var document = JsonDocument.Parse(problem);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("detail", out var detail) &&
                detail.ValueKind == JsonValueKind.String)
            {
                return detail.GetString()!;
            }
        }
        catch (JsonException)
        {
        }

        return problem.Length > MaxDetailChars ? problem[..MaxDetailChars] : problem;
    }
}
