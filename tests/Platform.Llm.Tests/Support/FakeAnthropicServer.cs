using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.Llm.Tests.Support;

/// <summary>
/// Anthropic's Messages API (<c>POST /v1/messages</c>) as Anthropic documents it: the key in <c>x-api-key</c> (or, as
/// SDK 13.x sends it, <c>Authorization: Bearer</c>), the <c>anthropic-version</c> header, a <c>message</c> JSON body with text and tool_use blocks, or the event stream
/// message_start, content_block_start/delta (text_delta, input_json_delta)/stop, message_delta with the stop reason
/// and output usage, message_stop; errors as <c>{"type": "error", "error": {...}}</c>.
/// </summary>
public sealed class FakeAnthropicServer : FakeModelServer
{
    private FakeAnthropicServer(string apiKey)
        : base(apiKey)
    {
    }

    public static async Task<FakeAnthropicServer> StartAsync(string apiKey)
    {
        var server = new FakeAnthropicServer(apiKey);
        await server.ListenAsync("/v1/messages");
        return server;
    }

    protected override async Task<bool> AuthorizeAsync(HttpContext context, RecordedRequest request)
    {
        if (request.Header("anthropic-version") is not { Length: > 0 })
        {
            await WriteBodyAsync(context, 400, Error("invalid_request_error", "anthropic-version: header is required"));
            return false;
        }

        var sent = request.Header("x-api-key") ?? request.Header("authorization")?.Replace("Bearer ", "", StringComparison.Ordinal);
        if (sent == ApiKey)
        {
            return true;
        }

        await WriteBodyAsync(context, 401, Error("authentication_error", $"invalid x-api-key {sent}"));
        return false;
    }

    protected override Task WriteErrorAsync(HttpContext context, FakeReply reply) =>
        WriteBodyAsync(context, reply.ErrorStatus!.Value, Error(reply.ErrorType!, reply.ErrorMessage!));

    protected override Task WriteJsonAsync(HttpContext context, RecordedRequest request, FakeReply reply, int sequence)
    {
        var content = new List<object>();
        if (reply.Text is { Length: > 0 } text)
        {
            content.Add(new { type = "text", text });
        }

        foreach (var call in reply.ToolCalls)
        {
            content.Add(new { type = "tool_use", id = call.Id, name = call.Name, input = JsonDocument.Parse(call.ArgumentsJson).RootElement });
        }

        return WriteBodyAsync(context, 200, Message(request, reply, sequence, content, StopReason(reply), Usage(reply.Usage, reply.Usage.Output)));
    }

    protected override async Task WriteStreamAsync(HttpContext context, RecordedRequest request, FakeReply reply, int sequence)
    {
        StartEvents(context);
        Task EventAsync(string type, object data) => WriteEventAsync(context, type, JsonSerializer.Serialize(data));

        await EventAsync("message_start", new { type = "message_start", message = Message(request, reply, sequence, [], null, Usage(reply.Usage, 1)) });
        if (reply.StreamErrorType is { } errorType)
        {
            await EventAsync("error", Error(errorType, reply.ErrorMessage ?? "Overloaded"));
            return;
        }

        var index = 0;
        if (reply.Text is { Length: > 0 } text)
        {
            await EventAsync("content_block_start", new { type = "content_block_start", index, content_block = new { type = "text", text = "" } });
            await EventAsync("ping", new { type = "ping" });
            foreach (var piece in Pieces(text, 4))
            {
                await EventAsync("content_block_delta", new { type = "content_block_delta", index, delta = new { type = "text_delta", text = piece } });
            }

            if (reply.Hang)
            {
                await HangAsync(context, reply);
                return;
            }

            await EventAsync("content_block_stop", new { type = "content_block_stop", index });
            index++;
        }

        foreach (var call in reply.ToolCalls)
        {
            await EventAsync("content_block_start", new
            {
                type = "content_block_start", index, content_block = new { type = "tool_use", id = call.Id, name = call.Name, input = new { } },
            });
            foreach (var fragment in Pieces(call.ArgumentsJson, 5))
            {
                await EventAsync("content_block_delta", new { type = "content_block_delta", index, delta = new { type = "input_json_delta", partial_json = fragment } });
            }

            await EventAsync("content_block_stop", new { type = "content_block_stop", index });
            index++;
        }

        await EventAsync("message_delta", new
        {
            type = "message_delta",
            delta = new { stop_reason = StopReason(reply), stop_sequence = (string?)null },
            usage = new { output_tokens = reply.Usage.Output },
        });
        await EventAsync("message_stop", new { type = "message_stop" });
    }

    private static object Error(string type, string message) => new { type = "error", error = new { type, message } };

    private static object Message(RecordedRequest request, FakeReply reply, int sequence, List<object> content, string? stopReason, object usage) => new
    {
        id = $"msg_fake{sequence:D4}",
        type = "message",
        role = "assistant",
        model = request.Body.GetProperty("model").GetString(),
        content,
        stop_reason = stopReason,
        stop_sequence = (string?)null,
        usage,
    };

    private static string StopReason(FakeReply reply) => reply.ToolCalls.Count > 0 ? "tool_use" : "end_turn";

    /// <summary>Anthropic counts cache reads apart from <c>input_tokens</c>.</summary>
    private static object Usage(FakeUsage usage, int outputTokens) => new
    {
        input_tokens = usage.Input - usage.Cached,
        cache_creation_input_tokens = 0,
        cache_read_input_tokens = usage.Cached,
        output_tokens = outputTokens,
    };
}
