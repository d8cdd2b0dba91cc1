using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EventAgents.AgentHost.Loop;

namespace EventAgents.AgentHost.Tools;

/// <summary>
/// <c>ask_human(question)</c>: puts a question to a person through the server and waits until it is answered, while the
/// attempt's clocks stand still. The question's id comes from its text, so an agent restarted on the same attempt that
/// asks the same question again gets the answer already given instead of a second question.
/// </summary>
public sealed class AskHumanTool(AgentApiClient api, HumanWaits waits, TimeProvider time)
{
    /// <summary>The tool's name.</summary>
    public const string Name = "ask_human";

    /// <summary>Longest question, in characters (as the server accepts).</summary>
    public const int MaxQuestionLength = 4000;

    private const int PollSeconds = 25;
    private static readonly TimeSpan RetryAfterNetworkError = TimeSpan.FromSeconds(2);

    private const string Schema = """
        {"type":"object","properties":{"question":{"type":"string","description":"What you need to know, with enough context for a person to answer without looking anything up."}},"required":["question"]}
        """;

    /// <summary>The function offered to the model.</summary>
    public ToolFunction Function => new(
        Name,
        "Asks a person a question and waits for the answer. Use it only when you cannot go on without a decision or a fact that only a person has.",
        Schema,
        AskAsync);

    /// <summary>Asks, then waits for the answer; returns who answered and what.</summary>
    public async Task<string> AskAsync(ToolArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var question = arguments.String("question").Trim();
        if (question.Length is 0 or > MaxQuestionLength)
        {
            throw new ToolRefusedException($"The argument 'question' must have 1 to {MaxQuestionLength} characters.");
        }

        var id = "q-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(question)))[..16];
        using var wait = waits.Begin();
        await api.SendAsync(HttpMethod.Post, "questions", new JsonObject { ["id"] = id, ["question"] = question }, ct).ConfigureAwait(false);
        while (true)
        {
            string reply;
            try
            {
                reply = await api.SendAsync(HttpMethod.Get, $"questions/{id}?wait={PollSeconds}", null, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (IsPassing(e, ct))
            {
                await Task.Delay(RetryAfterNetworkError, time, ct).ConfigureAwait(false);
                continue;
            }

            using var document = JsonDocument.Parse(reply);
            var root = document.RootElement;
            if (root.GetProperty("status").GetString() == "answered")
            {
                return $"{root.GetProperty("answeredBy").GetString()} answered: {root.GetProperty("answer").GetString()}";
            }
        }
    }

    /// <summary>A trouble the wait outlives: the server unreachable, slow, restarting or briefly failing (5xx).</summary>
    private static bool IsPassing(Exception e, CancellationToken ct) => e switch
    {
        HttpRequestException => true,
        TaskCanceledException => !ct.IsCancellationRequested,
        ToolRefusedException { StatusCode: >= 500 } => true,
        _ => false,
    };
}
