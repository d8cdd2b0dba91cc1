using System.Globalization;

namespace EventAgents.Bench.Containers;

/// <summary>The table of percentiles, and the ratios of the sandbox to the plain process and of the container runner to a plain podman run.</summary>
internal static class Report
{
    public static void Print(IReadOnlyList<double> viaSandbox, IReadOnlyList<double> viaProcess, IReadOnlyList<double> viaRunner, IReadOnlyList<double> viaPodman)
    {
        Console.WriteLine();
        Console.WriteLine("| start to first report from the agent | p50 ms | p90 ms |");
        Console.WriteLine("| --- | ---: | ---: |");
        Console.WriteLine(Row("local runner, bubblewrap sandbox (run folder, ACLs, control group, relay, bwrap)", viaSandbox));
        Console.WriteLine(Row("local runner, unsandboxed (unsafe-local: a plain child process)", viaProcess));
        Console.WriteLine(Ratio("sandbox / unsandboxed (bar: at most 1.20x)", viaSandbox, viaProcess));
        Console.WriteLine(Row("ContainerStepRunner (run folder and relay, create, start)", viaRunner));
        Console.WriteLine(Row("plain `podman run` (same container: image, user, mounts, limits, network, relay)", viaPodman));
        Console.WriteLine(Ratio("container runner / podman run", viaRunner, viaPodman));
        Console.WriteLine(Ratio("sandbox / podman run", viaSandbox, viaPodman));
    }

    private static string Row(string name, IReadOnlyList<double> values) => Row(name, Percentile(values, 0.5), Percentile(values, 0.9));

    private static string Ratio(string name, IReadOnlyList<double> measured, IReadOnlyList<double> baseline) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {name} | {Percentile(measured, 0.5) / Percentile(baseline, 0.5):0.00}x | {Percentile(measured, 0.9) / Percentile(baseline, 0.9):0.00}x |");

    private static string Row(string name, double p50, double p90) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {p50:0} | {p90:0} |");

    private static double Percentile(IReadOnlyList<double> values, double fraction)
    {
        var sorted = values.Order().ToArray();
        var rank = fraction * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }
}
