using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventAgents.AgentHost.Tests.Support;

/// <summary>One answer of the fake model: text, tool calls (id, name, arguments JSON) and usage.</summary>
public sealed record FakeAnswer(string? Text, IReadOnlyList<(string Id, string Name, string Arguments)> Calls, int InputTokens = 10, int OutputTokens = 5);

/// <summary>
/// OpenAI's Chat Completions endpoint (<c>POST /v1/chat/completions</c>) as documented for streaming: Bearer key,
/// <c>chat.completion.chunk</c> server-sent events (text, then tool calls by index, then the finish reason), a last
/// chunk with no choices and the usage when <c>stream_options.include_usage</c> is set, and <c>data: [DONE]</c>.
/// It answers with the queued answers in order; the agent's real OpenAI-compatible client talks to it.
/// </summary>
public sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<FakeAnswer> answers = new();

    private FakeOpenAIServer(WebApplication app) => this.app = app;

    public ConcurrentQueue<JsonElement> Requests { get; } = new();

    public Uri ApiUrl { get; private set; } = new("http://127.0.0.1/v1");

    public static async Task<FakeOpenAIServer> StartAsync(string key)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var server = new FakeOpenAIServer(builder.Build());
        server.app.MapPost("/v1/chat/completions", (HttpContext http) => server.AnswerAsync(http, key));
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.ApiUrl = new Uri(address + "/v1");
        return server;
    }

    public void Enqueue(params FakeAnswer[] queued)
    {
        foreach (var answer in queued)
        {
            answers.Enqueue(answer);
        }
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task AnswerAsync(HttpContext http, string key)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body);
        Requests.Enqueue(body.RootElement.Clone());
        if (http.Request.Headers.Authorization.ToString() != $"Bearer {key}")
        {
            http.Response.StatusCode = 401;
            await http.Response.WriteAsJsonAsync(new { error = new { message = "Incorrect API key provided.", type = "invalid_request_error", code = "invalid_api_key" } });
            return;
        }

        var answer = answers.TryDequeue(out var next) ? next : new FakeAnswer("Nothing more to say.", []);
        var model = body.RootElement.GetProperty("model").GetString();
        http.Response.ContentType = "text/event-stream";
        async Task ChunkAsync(object? delta, string? finish, object? usage = null)
        {
            var chunk = new Dictionary<string, object?>
            {
                ["id"] = "chatcmpl-1", ["object"] = "chat.completion.chunk", ["created"] = 1_763_700_000, ["model"] = model,
                ["choices"] = delta is null ? Array.Empty<object>() : new[] { new { index = 0, delta, finish_reason = finish } },
                ["usage"] = usage,
            };
            await http.Response.WriteAsync($"data: {JsonSerializer.Serialize(chunk)}\n\n");
            await http.Response.Body.FlushAsync();
        }

        await ChunkAsync(new { role = "assistant", content = "" }, null);
        if (answer.Text is { } text)
        {
            await ChunkAsync(new { content = text }, null);
        }

        for (var index = 0; index < answer.Calls.Count; index++)
        {
            var (id, name, arguments) = answer.Calls[index];
            await ChunkAsync(new { tool_calls = new[] { new { index, id, type = "function", function = new { name, arguments } } } }, null);
        }

        await ChunkAsync(new { }, answer.Calls.Count > 0 ? "tool_calls" : "stop");
        if (body.RootElement.TryGetProperty("stream_options", out var options) && options.TryGetProperty("include_usage", out var include) && include.GetBoolean())
        {
            await ChunkAsync(null, null, new { prompt_tokens = answer.InputTokens, completion_tokens = answer.OutputTokens, total_tokens = answer.InputTokens + answer.OutputTokens });
        }

        await http.Response.WriteAsync("data: [DONE]\n\n");
    }
}
