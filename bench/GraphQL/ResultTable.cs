using System.Globalization;

namespace EventAgents.Bench.GraphQL;

/// <summary>One markdown table: each measurement for our engine and graphql-js, their ratio, the target and whether it is met.</summary>
internal sealed class ResultTable
{
    private readonly List<string[]> _rows = [];

    public void Add(string measurement, string unit, double ours, double graphqlJs, string target, bool met) =>
        _rows.Add([measurement, unit, Format(ours), Format(graphqlJs), (ours / graphqlJs).ToString("0.00", CultureInfo.InvariantCulture) + "x", target, met ? "yes" : "NO"]);

    public void Print(TextWriter output)
    {
        string[] header = ["measurement", "unit", "EventAgents", "graphql-js", "ratio", "target", "met"];
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

    private static string Format(double value) =>
        value >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.00", CultureInfo.InvariantCulture);
}
