using Microsoft.Extensions.AI;
using OpenAIChat = OpenAI.Chat;

namespace EventAgents.Platform.Llm.OpenAI;

/// <summary>Turns <see cref="ChatOptions"/> into the request's options: sampling, limits, tools, tool choice, format.</summary>
internal static class OpenAIOptions
{
    public static OpenAIChat.ChatCompletionOptions From(ChatOptions? options)
    {
        var result = new OpenAIChat.ChatCompletionOptions();
        if (options is null)
        {
            return result;
        }

        result.Temperature = options.Temperature;
        result.TopP = options.TopP;
        result.MaxOutputTokenCount = options.MaxOutputTokens;
        result.FrequencyPenalty = options.FrequencyPenalty;
        result.PresencePenalty = options.PresencePenalty;
        foreach (var stop in options.StopSequences ?? [])
        {
            result.StopSequences.Add(stop);
        }

        foreach (var function in options.Tools?.OfType<AIFunctionDeclaration>() ?? [])
        {
            result.Tools.Add(OpenAIChat.ChatTool.CreateFunctionTool(
                function.Name, function.Description, BinaryData.FromString(function.JsonSchema.GetRawText())));
        }

        if (result.Tools.Count > 0)
        {
            result.AllowParallelToolCalls = options.AllowMultipleToolCalls;
            result.ToolChoice = options.ToolMode switch
            {
                NoneChatToolMode => OpenAIChat.ChatToolChoice.CreateNoneChoice(),
                RequiredChatToolMode { RequiredFunctionName: { } name } => OpenAIChat.ChatToolChoice.CreateFunctionChoice(name),
                RequiredChatToolMode => OpenAIChat.ChatToolChoice.CreateRequiredChoice(),
                AutoChatToolMode => OpenAIChat.ChatToolChoice.CreateAutoChoice(),
                _ => null,
            };
        }

        result.ResponseFormat = options.ResponseFormat switch
        {
            ChatResponseFormatJson { Schema: { } schema } json => OpenAIChat.ChatResponseFormat.CreateJsonSchemaFormat(
                json.SchemaName ?? "response", BinaryData.FromString(schema.GetRawText()), json.SchemaDescription),
            ChatResponseFormatJson => OpenAIChat.ChatResponseFormat.CreateJsonObjectFormat(),
            ChatResponseFormatText => OpenAIChat.ChatResponseFormat.CreateTextFormat(),
            _ => null,
        };
        return result;
    }
}
