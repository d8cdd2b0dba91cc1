using System.Diagnostics;
using Docker.DotNet;
using Docker.DotNet.Models;
using EventAgents.Engine.Runners.Containers;

namespace EventAgents.Bench.Containers;

/// <summary>Where a container step's start-up time goes: each step of the runner's path, timed on its own.</summary>
internal static class Breakdown
{
    public static async Task PrintAsync(IDockerClient docker, Func<string, Task<(CreateContainerParameters Spec, AttemptRunFolder Folder)>> prepare, FirstReports sink, int runs)
    {
        var phases = new Dictionary<string, List<double>>
        {
            ["run folder, ACLs, relay"] = [], ["create"] = [], ["start"] = [], ["start to first report"] = [], ["wait + remove"] = [],
        };
        for (var i = 0; i < runs; i++)
        {
            var stepId = $"breakdown-{i}";
            var mark = Stopwatch.GetTimestamp();
            var (spec, folder) = await prepare(stepId);
            await using (folder)
            {
                mark = Lap(phases["run folder, ACLs, relay"], mark);
                var created = await docker.Containers.CreateContainerAsync(spec);
                mark = Lap(phases["create"], mark);
                await docker.Containers.StartContainerAsync(created.ID, new ContainerStartParameters());
                var started = Stopwatch.GetTimestamp();
                phases["start"].Add(Stopwatch.GetElapsedTime(mark, started).TotalMilliseconds);
                var reported = await sink.FirstReportOf(stepId).WaitAsync(TimeSpan.FromMinutes(2));
                phases["start to first report"].Add(Stopwatch.GetElapsedTime(started, reported).TotalMilliseconds);
                mark = Stopwatch.GetTimestamp();
                await docker.Containers.WaitContainerAsync(created.ID);
                await docker.Containers.RemoveContainerAsync(created.ID, new ContainerRemoveParameters { Force = true });
                Lap(phases["wait + remove"], mark);
            }
        }

        Console.WriteLine();
        Console.WriteLine("| runner's path | p50 ms |");
        Console.WriteLine("| --- | ---: |");
        foreach (var (phase, times) in phases)
        {
            Console.WriteLine(System.FormattableString.Invariant($"| {phase} | {times.Order().ElementAt(times.Count / 2):0} |"));
        }
    }

    private static long Lap(List<double> times, long since)
    {
        var now = Stopwatch.GetTimestamp();
        times.Add(Stopwatch.GetElapsedTime(since, now).TotalMilliseconds);
        return now;
    }
}
