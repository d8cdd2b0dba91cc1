using System.Globalization;

namespace EventAgents.Bench.Containers;

/// <summary>The table of percentiles, and the ratio of the runner to a plain podman run.</summary>
internal static class Report
{
    public static void Print(IReadOnlyList<double> viaRunner, IReadOnlyList<double> viaPodman)
    {
        var (runnerP50, runnerP90) = (Percentile(viaRunner, 0.5), Percentile(viaRunner, 0.9));
        var (podmanP50, podmanP90) = (Percentile(viaPodman, 0.5), Percentile(viaPodman, 0.9));
        Console.WriteLine();
        Console.WriteLine("| start to first report from the agent | p50 ms | p90 ms |");
        Console.WriteLine("| --- | ---: | ---: |");
        Console.WriteLine(Row("ContainerStepRunner (run folder and relay, create, start)", runnerP50, runnerP90));
        Console.WriteLine(Row("plain `podman run` (same container: image, user, mounts, limits, network, relay)", podmanP50, podmanP90));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| runner / podman run | {runnerP50 / podmanP50:0.00}x | {runnerP90 / podmanP90:0.00}x |"));
    }

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
