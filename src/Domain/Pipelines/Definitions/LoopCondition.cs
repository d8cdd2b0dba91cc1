using System.Text.Json.Serialization;
using EventAgents.Domain.Common;

namespace EventAgents.Domain.Pipelines;

/// <summary>
/// The <c>until</c> condition of a loop: <c>pass</c> (short for <c>result == pass</c>),
/// <c>result == x</c>, <c>result != x</c> or <c>output contains "text"</c>.
/// </summary>
public sealed record LoopCondition(LoopSubject Subject, bool IsNegated, string Value)
{
    /// <summary>Parses a condition; returns null when the text is not one of the accepted forms.</summary>
    public static LoopCondition? TryParse(string? text)
    {
        var condition = text?.Trim() ?? "";
        if (Text.IsSlug(condition))
        {
            return new LoopCondition(LoopSubject.Result, false, condition);
        }

        foreach (var (op, negated) in new[] { ("==", false), ("!=", true) })
        {
            var parts = condition.Split(op, 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0] == "result" && Text.IsSlug(parts[1]))
            {
                return new LoopCondition(LoopSubject.Result, negated, parts[1]);
            }
        }

        const string contains = "output contains ";
        if (condition.StartsWith(contains, StringComparison.Ordinal))
        {
            var quoted = condition[contains.Length..].Trim();
            if (quoted.Length >= 3 && quoted[0] is '"' or '\'' && quoted[^1] == quoted[0])
            {
                return new LoopCondition(LoopSubject.Output, false, quoted[1..^1]);
            }
        }

        return null;
    }

    /// <summary>Whether the condition holds for an iteration's result and output.</summary>
    public bool IsMet(string result, string? output) => Subject switch
    {
        LoopSubject.Result => (result == Value) != IsNegated,
        _ => (output ?? "").Contains(Value, StringComparison.Ordinal) != IsNegated,
    };
}

/// <summary>What a loop condition looks at.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LoopSubject>))]
public enum LoopSubject
{
    /// <summary>The iteration's result.</summary>
    Result,

    /// <summary>The iteration's output text.</summary>
    Output,
}
