using System.Globalization;
using Docker.DotNet.Models;

namespace EventAgents.Bench.Containers;

/// <summary>The `podman run` command line that creates the same container as the runner's create request.</summary>
internal static class PlainRun
{
    public static IEnumerable<string> Arguments(CreateContainerParameters spec)
    {
        var host = spec.HostConfig;
        List<string> arguments =
        [
            "run", "--rm", "--network", host.NetworkMode, "--user", spec.User, "-w", spec.WorkingDir,
            "--memory", Number(host.Memory), "--memory-swap", Number(host.MemorySwap),
            "--cpus", (host.NanoCPUs / 1e9).ToString(CultureInfo.InvariantCulture), "--pids-limit", Number(host.PidsLimit ?? 0),
            "--cap-drop", "all", "--security-opt", "no-new-privileges",
        ];
        if (host.ReadonlyRootfs)
        {
            arguments.Add("--read-only");
        }

        arguments.AddRange(host.Tmpfs.SelectMany(tmpfs => new[] { "--tmpfs", $"{tmpfs.Key}:{tmpfs.Value}" }));
        arguments.AddRange(host.Binds.SelectMany(bind => new[] { "-v", bind }));
        arguments.AddRange(spec.Env.SelectMany(variable => new[] { "-e", variable }));
        arguments.Add(spec.Image);
        return arguments;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
