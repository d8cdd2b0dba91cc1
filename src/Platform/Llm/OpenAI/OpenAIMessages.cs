using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAIChat = OpenAI.Chat;

namespace EventAgents.Platform.Llm.OpenAI;

/// <summary>Turns the conversation into Chat Completions messages.</summary>
internal static class OpenAIMessages
{
    public static List<OpenAIChat.ChatMessage> From(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var result = new List<OpenAIChat.ChatMessage>();
        if (options?.Instructions is { Length: > 0 } instructions)
        {
            result.Add(new OpenAIChat.SystemChatMessage(instructions));
        }

        foreach (var message in messages)
        {
            if (message.Role == ChatRole.System)
            {
                result.Add(new OpenAIChat.SystemChatMessage(message.Text));
            }
            else if (message.Role == ChatRole.User)
            {
                result.Add(new OpenAIChat.UserChatMessage(UserParts(message)));
            }
            else if (message.Role == ChatRole.Assistant)
            {
                result.Add(Assistant(message));
            }
            else if (message.Role == ChatRole.Tool)
            {
                result.AddRange(message.Contents.OfType<FunctionResultContent>()
                    .Select(tool => new OpenAIChat.ToolChatMessage(tool.CallId, ResultText(tool))));
            }
            else
            {
                throw new ArgumentException($"A message has the role '{message.Role}', which Chat Completions does not take.", nameof(messages));
            }
        }

        return result;
    }

    private static List<OpenAIChat.ChatMessageContentPart> UserParts(ChatMessage message)
    {
        var parts = new List<OpenAIChat.ChatMessageContentPart>();
        foreach (var content in message.Contents)
        {
            switch (content)
            {
                case TextContent text:
                    parts.Add(OpenAIChat.ChatMessageContentPart.CreateTextPart(text.Text));
                    break;
                case DataContent data when data.HasTopLevelMediaType("image"):
                    parts.Add(OpenAIChat.ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(data.Data), data.MediaType, null));
                    break;
                case UriContent uri when uri.HasTopLevelMediaType("image"):
                    parts.Add(OpenAIChat.ChatMessageContentPart.CreateImagePart(uri.Uri, null));
                    break;
                default:
                    break;
            }
        }

        return parts;
    }

    private static OpenAIChat.AssistantChatMessage Assistant(ChatMessage message)
    {
        var calls = message.Contents.OfType<FunctionCallContent>()
            .Select(call => OpenAIChat.ChatToolCall.CreateFunctionToolCall(
                call.CallId, call.Name, BinaryData.FromString(JsonSerializer.Serialize(call.Arguments ?? new Dictionary<string, object?>()))))
            .ToList();
        var text = string.Concat(message.Contents.OfType<TextContent>().Select(content => content.Text));
        if (calls.Count == 0)
        {
            return new OpenAIChat.AssistantChatMessage(text);
        }

        var assistant = new OpenAIChat.AssistantChatMessage(calls);
        if (text.Length > 0)
        {
            assistant.Content.Add(OpenAIChat.ChatMessageContentPart.CreateTextPart(text));
        }

        return assistant;
    }

    private static string ResultText(FunctionResultContent result) => result.Result switch
    {
        null => result.Exception is { } exception ? $"Error: {exception.Message}" : "",
        string text => text,
        JsonElement json => json.GetRawText(),
        var other => JsonSerializer.Serialize(other),
    };
}
