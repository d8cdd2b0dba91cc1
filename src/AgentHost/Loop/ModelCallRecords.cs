using System.Text.Json;
using System.Text.Json.Nodes;
using EventAgents.AgentHost.Reporting;
using EventAgents.Platform.Llm.Usage;
using Microsoft.Extensions.AI;

namespace EventAgents.AgentHost.Loop;

/// <summary>
/// Turns each model call into a <see cref="ModelCallReport"/>: the messages sent since the previous call and the ones
/// received, as capped JSON, with the tokens and cost the usage ledger metered for it.
/// </summary>
internal sealed class ModelCallRecords : IDisposable
{
    private const int MaxTextChars = 4000;
    private const int MaxJsonChars = 64 * 1024;
    private readonly UsageLedger? ledger;
    private readonly string model;
    private ModelCall? lastCall;
    private int sent;
    private int sequence;

    public ModelCallRecords(UsageLedger? ledger, string model)
    {
        this.ledger = ledger;
        this.model = model;
        if (ledger is not null)
        {
            ledger.CallRecorded += Recorded;
        }
    }

    /// <summary>The report of the call that just ended, and its metered usage (null when no ledger metered it).</summary>
    public (ModelCallReport Report, ModelCall? Usage) Take(IReadOnlyList<ChatMessage> history, IReadOnlyList<ChatMessage> received, TimeSpan duration)
    {
        var usage = Interlocked.Exchange(ref lastCall, null);
        var messagesIn = Json(history.Skip(sent));
        sent = history.Count + received.Count;
        var report = new ModelCallReport(
            ++sequence,
            usage is null ? model : $"{usage.Provider}/{usage.Model}",
            messagesIn,
            Json(received),
            usage?.InputTokens ?? 0,
            usage?.CachedInputTokens ?? 0,
            usage?.OutputTokens ?? 0,
            usage?.CostUsd,
            (long)duration.TotalMilliseconds);
        return (report, usage);
    }

    public void Dispose()
    {
        if (ledger is not null)
        {
            ledger.CallRecorded -= Recorded;
        }
    }

    private void Recorded(object? sender, ModelCall call) => lastCall = call;

    private static string Json(IEnumerable<ChatMessage> messages)
    {
        var array = new JsonArray();
        foreach (var message in messages)
        {
            array.Add(Message(message));
        }

        var json = array.ToJsonString();
        return json.Length <= MaxJsonChars
            ? json
            : new JsonArray(new JsonObject { ["cut"] = $"{json.Length} characters of messages, more than {MaxJsonChars}" }).ToJsonString();
    }

    private static JsonObject Message(ChatMessage message)
    {
        var node = new JsonObject { ["role"] = message.Role.Value };
        if (message.Text is { Length: > 0 } text)
        {
            node["text"] = Cap(text);
        }

        var calls = message.Contents.OfType<FunctionCallContent>().ToList();
        if (calls.Count > 0)
        {
            node["tool_calls"] = new JsonArray([.. calls.Select(call => (JsonNode)new JsonObject
            {
                ["id"] = call.CallId,
                ["name"] = call.Name,
                ["arguments"] = Cap(JsonSerializer.Serialize(call.Arguments ?? new Dictionary<string, object?>())),
            })]);
        }

        var results = message.Contents.OfType<FunctionResultContent>().ToList();
        if (results.Count > 0)
        {
            node["tool_results"] = new JsonArray([.. results.Select(result => (JsonNode)new JsonObject
            {
                ["id"] = result.CallId,
                ["result"] = Cap(result.Result?.ToString() ?? ""),
            })]);
        }

        return node;
    }

    private static string Cap(string text) => text.Length <= MaxTextChars ? text : string.Concat(text.AsSpan(0, MaxTextChars), "…");
}
