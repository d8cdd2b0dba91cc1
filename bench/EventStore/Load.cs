using System.Diagnostics;

namespace EventAgents.Bench.EventStore;

/// <summary>Runs concurrent writers against several subjects, alternating between them so that they share the machine's weather.</summary>
internal static class Load
{
    public const int Writers = 8;

    private const int Rounds = 5;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Warms up every subject, then measures each for <paramref name="duration"/> in total, in <see cref="Rounds"/> rounds of
    /// equal slices: round r starts with subject r (mod n) after <paramref name="settle"/>, so neither the order nor the other
    /// work on this shared 2-core machine favours one subject. Returns each subject's units (events) per second.
    /// </summary>
    /// <param name="writes">For each subject: (writer, round, ct) → units written; rounds count on across slices.</param>
    public static async Task<double[]> AlternateAsync(
        IReadOnlyList<Func<int, int, CancellationToken, Task<int>>> writes, TimeSpan duration, Func<Task> settle, Action? afterWarmup = null)
    {
        var rounds = writes.Select(_ => new int[Writers]).ToArray();
        for (var s = 0; s < writes.Count; s++)
        {
            await RunAsync(writes[s], rounds[s], Warmup);
        }

        afterWarmup?.Invoke();
        var units = new long[writes.Count];
        var seconds = new double[writes.Count];
        var slice = duration / Rounds;
        for (var round = 0; round < Rounds; round++)
        {
            await settle();
            for (var k = 0; k < writes.Count; k++)
            {
                var s = (round + k) % writes.Count;
                var (written, elapsed) = await RunAsync(writes[s], rounds[s], slice);
                units[s] += written;
                seconds[s] += elapsed;
            }
        }

        return [.. units.Select((u, s) => u / seconds[s])];
    }

    private static async Task<(long Units, double Seconds)> RunAsync(Func<int, int, CancellationToken, Task<int>> write, int[] rounds, TimeSpan duration)
    {
        using var stop = new CancellationTokenSource(duration);
        long total = 0;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                Interlocked.Add(ref total, await write(writer, rounds[writer]++, CancellationToken.None));
            }
        })));
        return (total, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }
}
