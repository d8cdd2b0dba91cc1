using System.Globalization;

namespace EventAgents.Bench;

/// <summary>One markdown table: each measurement for the subject and its baseline, their ratio, the target and whether it
/// is met. Linked into each bench that prints one.</summary>
/// <param name="subject">The column heading of what is measured.</param>
/// <param name="baseline">The column heading of what it is compared with.</param>
/// <param name="smallValueFormat">The format of values below 100 (larger ones are whole numbers).</param>
internal sealed class ResultTable(string subject, string baseline, string smallValueFormat)
{
    private readonly List<string[]> _rows = [];

    public void Add(string measurement, string unit, double value, double? baselineValue, string target, bool? met) =>
        _rows.Add([
            measurement,
            unit,
            Format(value),
            baselineValue is { } b ? Format(b) : "",
            baselineValue is { } r && r > 0 ? (value / r).ToString("0.00", CultureInfo.InvariantCulture) + "x" : "",
            target,
            met switch { true => "yes", false => "NO", null => "" },
        ]);

    public void Print(TextWriter output)
    {
        string[] header = ["measurement", "unit", subject, baseline, "ratio", "target", "met"];
        var widths = header.Select((h, i) => Math.Max(h.Length, _rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine();
        output.WriteLine(Line(header));
        output.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in _rows)
        {
            output.WriteLine(Line(row));
        }

        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
    }

    private string Format(double value) =>
        value >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString(smallValueFormat, CultureInfo.InvariantCulture);
}
