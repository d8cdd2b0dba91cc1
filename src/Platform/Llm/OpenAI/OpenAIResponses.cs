using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAIChat = OpenAI.Chat;

namespace EventAgents.Platform.Llm.OpenAI;

/// <summary>Turns Chat Completions answers into <see cref="ChatResponse"/> parts.</summary>
internal static class OpenAIResponses
{
    public static ChatResponse From(OpenAIChat.ChatCompletion completion)
    {
        var contents = new List<AIContent>();
        foreach (var part in completion.Content)
        {
            if (part.Kind == OpenAIChat.ChatMessageContentPartKind.Text && part.Text is { Length: > 0 } text)
            {
                contents.Add(new TextContent(text));
            }
        }

        if (completion.Refusal is { Length: > 0 } refusal)
        {
            contents.Add(new TextContent(refusal));
        }

        foreach (var call in completion.ToolCalls)
        {
            contents.Add(FunctionCall(call.Id, call.FunctionName, call.FunctionArguments?.ToString()));
        }

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, contents) { MessageId = completion.Id, RawRepresentation = completion })
        {
            ResponseId = completion.Id,
            ModelId = completion.Model,
            CreatedAt = completion.CreatedAt,
            FinishReason = FinishReason(completion.FinishReason),
            Usage = Usage(completion.Usage),
            RawRepresentation = completion,
        };
    }

    /// <summary>A call with its JSON arguments parsed; unparsable arguments are kept on the content as its exception.</summary>
    public static FunctionCallContent FunctionCall(string id, string name, string? argumentsJson) =>
        FunctionCallContent.CreateFromParsedArguments(
            string.IsNullOrWhiteSpace(argumentsJson) ? "{}" : argumentsJson, id, name, ParseArguments);

    public static ChatFinishReason? FinishReason(OpenAIChat.ChatFinishReason? reason) => reason switch
    {
        null => null,
        OpenAIChat.ChatFinishReason.Stop => ChatFinishReason.Stop,
        OpenAIChat.ChatFinishReason.Length => ChatFinishReason.Length,
        OpenAIChat.ChatFinishReason.ContentFilter => ChatFinishReason.ContentFilter,
        OpenAIChat.ChatFinishReason.ToolCalls or OpenAIChat.ChatFinishReason.FunctionCall => ChatFinishReason.ToolCalls,
        { } other => new ChatFinishReason(other.ToString()),
    };

    public static UsageDetails? Usage(OpenAIChat.ChatTokenUsage? usage) => usage is null ? null : new UsageDetails
    {
        InputTokenCount = usage.InputTokenCount,
        OutputTokenCount = usage.OutputTokenCount,
        TotalTokenCount = usage.TotalTokenCount,
        CachedInputTokenCount = usage.InputTokenDetails?.CachedTokenCount,
        ReasoningTokenCount = usage.OutputTokenDetails?.ReasoningTokenCount,
    };

    private static Dictionary<string, object?>? ParseArguments(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"The tool call's arguments are a JSON {document.RootElement.ValueKind}, not an object.");
        }

        return document.RootElement.EnumerateObject()
            .ToDictionary(property => property.Name, property => (object?)property.Value.Clone(), StringComparer.Ordinal);
    }
}
