using System.Globalization;
using System.Text.RegularExpressions;

namespace EventAgents.Application.Pipelines.Defining;

/// <summary>Durations as written in pipelines: <c>500ms</c>, <c>5s</c>, <c>10m</c>, <c>2h</c>, <c>1d</c>, or combined like <c>1h30m</c>.</summary>
public static partial class Durations
{
    /// <summary>Parses a duration; null when the text is not one.</summary>
    public static TimeSpan? TryParse(string text)
    {
        var trimmed = text.Trim();
        if (!WholeDuration().IsMatch(trimmed))
        {
            return null;
        }

        var total = TimeSpan.Zero;
        foreach (Match part in DurationPart().Matches(trimmed))
        {
            if (!long.TryParse(part.Groups["amount"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 1_000_000)
            {
                return null;
            }

            total += part.Groups["unit"].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
        }

        return total;
    }

    [GeneratedRegex(@"^(\d+(ms|s|m|h|d))+$")]
    private static partial Regex WholeDuration();

    [GeneratedRegex(@"(?<amount>\d+)(?<unit>ms|s|m|h|d)")]
    private static partial Regex DurationPart();
}
