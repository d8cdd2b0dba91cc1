using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.Llm.Tests.Support;

/// <summary>
/// OpenAI's Chat Completions API (<c>POST /v1/chat/completions</c>) as OpenAI documents it: Bearer authentication,
/// a <c>chat.completion</c> JSON body, or <c>chat.completion.chunk</c> server-sent events ending in <c>data: [DONE]</c>
/// with tool-call arguments split across chunks and usage in a last chunk with no choices when
/// <c>stream_options.include_usage</c> is set, and <c>{"error": {...}}</c> bodies for errors.
/// </summary>
public sealed class FakeOpenAIServer : FakeModelServer
{
    private const long Created = 1_763_700_000;

    private FakeOpenAIServer(string? apiKey)
        : base(apiKey)
    {
    }

    /// <summary>The base URL the SDK is given: requests go to <c>{base}/chat/completions</c>.</summary>
    public Uri ApiUrl => new(BaseUrl, "v1");

    public static async Task<FakeOpenAIServer> StartAsync(string? apiKey = null)
    {
        var server = new FakeOpenAIServer(apiKey);
        await server.ListenAsync("/v1/chat/completions");
        return server;
    }

    protected override async Task<bool> AuthorizeAsync(HttpContext context, RecordedRequest request)
    {
        if (ApiKey is null || request.Header("authorization") == $"Bearer {ApiKey}")
        {
            return true;
        }

        // Like a careless compatible server, echo the key in full: the client must not pass it on.
        var sent = request.Header("authorization")?.Replace("Bearer ", "", StringComparison.Ordinal) ?? "";
        await WriteBodyAsync(context, 401, Error($"Incorrect API key provided: {sent}.", "invalid_request_error", "invalid_api_key"));
        return false;
    }

    protected override Task WriteErrorAsync(HttpContext context, FakeReply reply) =>
        WriteBodyAsync(context, reply.ErrorStatus!.Value, Error(reply.ErrorMessage!, reply.ErrorType!, null));

    protected override Task WriteJsonAsync(HttpContext context, RecordedRequest request, FakeReply reply, int sequence) =>
        WriteBodyAsync(context, 200, new Dictionary<string, object?>
        {
            ["id"] = $"chatcmpl-{sequence}",
            ["object"] = "chat.completion",
            ["created"] = Created,
            ["model"] = Model(request),
            ["system_fingerprint"] = "fp_fake",
            ["choices"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["index"] = 0,
                    ["message"] = new Dictionary<string, object?>
                    {
                        ["role"] = "assistant",
                        ["content"] = reply.Text,
                        ["refusal"] = null,
                        ["tool_calls"] = reply.ToolCalls.Count == 0 ? null : reply.ToolCalls.Select(call => new
                        {
                            id = call.Id, type = "function", function = new { name = call.Name, arguments = call.ArgumentsJson },
                        }).ToArray(),
                    },
                    ["logprobs"] = null,
                    ["finish_reason"] = FinishReason(reply),
                },
            },
            ["usage"] = Usage(reply.Usage),
        });

    protected override async Task WriteStreamAsync(HttpContext context, RecordedRequest request, FakeReply reply, int sequence)
    {
        var includeUsage = request.Body.TryGetProperty("stream_options", out var options)
            && options.TryGetProperty("include_usage", out var include) && include.ValueKind == JsonValueKind.True;
        StartEvents(context);
        async Task ChunkAsync(object? delta, string? finish, bool usage = false) =>
            await WriteEventAsync(context, null, JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["id"] = $"chatcmpl-{sequence}",
                ["object"] = "chat.completion.chunk",
                ["created"] = Created,
                ["model"] = Model(request),
                ["system_fingerprint"] = "fp_fake",
                ["choices"] = usage ? Array.Empty<object>() : new[] { new { index = 0, delta, logprobs = (object?)null, finish_reason = finish } },
                ["usage"] = usage ? Usage(reply.Usage) : null,
            }));

        await ChunkAsync(new { role = "assistant", content = "", refusal = (string?)null }, null);
        foreach (var piece in Pieces(reply.Text ?? "", 4))
        {
            await ChunkAsync(new { content = piece }, null);
        }

        if (reply.Hang)
        {
            await HangAsync(context, reply);
            return;
        }

        for (var index = 0; index < reply.ToolCalls.Count; index++)
        {
            var call = reply.ToolCalls[index];
            await ChunkAsync(new { tool_calls = new[] { new { index, id = call.Id, type = "function", function = new { name = call.Name, arguments = "" } } } }, null);
            foreach (var fragment in Pieces(call.ArgumentsJson, 5))
            {
                await ChunkAsync(new { tool_calls = new[] { new { index, function = new { arguments = fragment } } } }, null);
            }
        }

        await ChunkAsync(new { }, FinishReason(reply));
        if (includeUsage)
        {
            await ChunkAsync(null, null, usage: true);
        }

        await WriteEventAsync(context, null, "[DONE]");
    }

    private static object Error(string message, string type, string? code) =>
        new { error = new { message, type, param = (string?)null, code } };

    private static string Model(RecordedRequest request) => request.Body.GetProperty("model").GetString()!;

    private static string FinishReason(FakeReply reply) => reply.ToolCalls.Count > 0 ? "tool_calls" : "stop";

    private static object Usage(FakeUsage usage) => new
    {
        prompt_tokens = usage.Input,
        completion_tokens = usage.Output,
        total_tokens = usage.Input + usage.Output,
        prompt_tokens_details = new { cached_tokens = usage.Cached, audio_tokens = 0 },
        completion_tokens_details = new { reasoning_tokens = 0, audio_tokens = 0, accepted_prediction_tokens = 0, rejected_prediction_tokens = 0 },
    };
}
