namespace EventAgents.Domain.Agents;

/// <summary>Normalizes tool lists so that order and duplicates never make two equal lists differ.</summary>
public static class AgentTools
{
    /// <summary>Trimmed, distinct, ordinally sorted tool names, without blanks.</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string> tools) =>
        [.. tools.Where(tool => !string.IsNullOrWhiteSpace(tool)).Select(tool => tool.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
