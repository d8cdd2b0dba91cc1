using System.Text;
using Microsoft.Extensions.AI;
using OpenAIChat = OpenAI.Chat;

namespace EventAgents.Platform.Llm.OpenAI;

/// <summary>
/// Assembles streamed tool calls: the first delta of a call (by its index) carries its id and name, the later ones
/// carry fragments of its JSON arguments.
/// </summary>
internal sealed class StreamingToolCalls
{
    private readonly SortedDictionary<int, (string? Id, string? Name, StringBuilder Arguments)> calls = [];

    public bool Any => calls.Count > 0;

    public void Add(OpenAIChat.StreamingChatToolCallUpdate update)
    {
        if (!calls.TryGetValue(update.Index, out var call))
        {
            call = (null, null, new StringBuilder());
        }

        call.Id ??= update.ToolCallId;
        call.Name ??= update.FunctionName;
        if (update.FunctionArgumentsUpdate is { } fragment && !fragment.IsEmpty)
        {
            call.Arguments.Append(fragment.ToString());
        }

        calls[update.Index] = call;
    }

    /// <summary>The assembled calls, in index order.</summary>
    public List<AIContent> Complete() =>
    [
        .. calls.Select(pair => (AIContent)OpenAIResponses.FunctionCall(
            pair.Value.Id ?? $"call-{pair.Key}", pair.Value.Name ?? "", pair.Value.Arguments.ToString())),
    ];
}
