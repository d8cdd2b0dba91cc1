using System.Globalization;

namespace EventAgents.Bench.EventStore;

/// <summary>
/// One markdown table with the three columns of this bench: the product's path, plain Marten and raw Npgsql, each
/// measured in the same run, with the product's ratio to each and the bar it is held to.
/// </summary>
internal sealed class SideBySide
{
    private readonly List<string[]> _rows = [];

    public void Add(string measurement, string unit, double product, double? marten, double? raw, string bar, bool? met) =>
        _rows.Add([
            measurement,
            unit,
            Format(product),
            marten is { } m ? Format(m) : "",
            raw is { } r ? Format(r) : "",
            Ratio(product, marten),
            Ratio(product, raw),
            bar,
            met switch { true => "yes", false => "NO", null => "" },
        ]);

    public void Print(TextWriter output)
    {
        string[] header = ["measurement", "unit", "product path", "plain Marten", "raw Npgsql", "product/Marten", "product/raw", "bar", "met"];
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

    private static string Ratio(double value, double? baseline) =>
        baseline is { } b && b > 0 ? (value / b).ToString("0.00", CultureInfo.InvariantCulture) + "x" : "";

    private static string Format(double value) =>
        value >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.00", CultureInfo.InvariantCulture);
}
