using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using EventAgents.Application.Steps.Running;
using EventAgents.Bench.Containers;
using EventAgents.Engine.AgentApi;
using EventAgents.Engine.Runners.Containers;
using EventAgents.Engine.Runners.LocalProcess;
using EventAgents.Engine.Runners.Sandboxing;
using Docker.DotNet.Models;
using Docker.DotNet;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Time from a step being started (IStepRunner.StartAsync called) to its agent's first report, from one run of each, in
// turn: the local runner in its bubblewrap sandbox, the same runner without it (unsafe-local), the container runner,
// and a plain `podman run` of the same container.
// Usage: dotnet run -c Release --project bench/Containers -- [runs] [image]
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var image = args.Length > 1 ? args[1] : "eventagents-agent-runtime:latest";
var endpoint = Environment.GetEnvironmentVariable("EVENTAGENTS_DOCKER_HOST") is { Length: > 0 } host ? host : "unix:///run/podman/podman.sock";

var sink = new FirstReports();
var tokens = new StepTokens(RandomNumberGenerator.GetBytes(32), TimeProvider.System);
var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
builder.Services.AddSingleton<IAgentReportSink>(sink);
builder.Services.AddSingleton(tokens);
await using var api = builder.Build();
api.MapAgentReports();
await api.StartAsync();
var serverUrl = new Uri(api.Urls.First());

var root = Directory.CreateTempSubdirectory("eventagents-bench-containers-");
var workspace = Directory.CreateDirectory(Path.Combine(root.FullName, "workspace")).FullName;
var home = Directory.CreateDirectory(Path.Combine(root.FullName, "home")).FullName;
var options = new ContainerRunnerOptions { Image = image, Scope = "eventagents-bench", Limits = new StepLimits { MemoryBytes = 512L << 20 } };
var user = SandboxUser.For(Environment.GetEnvironmentVariable);
using var engine = new DockerClientConfiguration(ContainerRunnerSettings.ParseEndpoint(endpoint));
using var docker = engine.CreateClient();
await using var runner = new ContainerStepRunner(docker, options, sink, TimeProvider.System);
await using var sandboxed = new LocalProcessStepRunner(new LocalProcessRunnerOptions { Limits = options.Limits }, sink, TimeProvider.System);
await using var unsandboxed = new LocalProcessStepRunner(new LocalProcessRunnerOptions { Sandboxed = false }, sink, TimeProvider.System);
var configuration = JsonSerializer.Serialize(new
{
    prompt = "Report at once.",
    model = "scripted",
    script = new[] { new { tool = "complete_step", args = new { result = "pass" } } },
});

StepLaunch Launch(string stepId) => new("bench", stepId, 1, workspace, home, new Dictionary<string, string>(), configuration, serverUrl,
    tokens.Issue(new StepTokenScope("bench", stepId, 1), TimeSpan.FromHours(1)), TimeSpan.FromMinutes(2));

async Task<double> ThroughAsync(IStepRunner through, Func<string, bool> runs, string stepId)
{
    var started = Stopwatch.GetTimestamp();
    await through.StartAsync(Launch(stepId), CancellationToken.None);
    var reported = await sink.FirstReportOf(stepId).WaitAsync(TimeSpan.FromMinutes(2));
    await sink.CompletionOf(stepId).WaitAsync(TimeSpan.FromMinutes(2));
    while (runs(stepId))
    {
        await Task.Delay(20);
    }

    return Stopwatch.GetElapsedTime(started, reported).TotalMilliseconds;
}

Task<double> ThroughRunnerAsync(string stepId) => ThroughAsync(runner, id => runner.ContainerIdOf("bench", id) is not null, stepId);

Task<double> SandboxedAsync(string stepId) => ThroughAsync(sandboxed, id => sandboxed.ProcessIdOf("bench", id) is not null, stepId);

Task<double> UnsandboxedAsync(string stepId) => ThroughAsync(unsandboxed, id => unsandboxed.ProcessIdOf("bench", id) is not null, stepId);

async Task<(CreateContainerParameters Spec, AttemptRunFolder Folder)> PrepareAsync(string stepId)
{
    var launch = Launch(stepId);
    var folder = await AttemptRunFolder.PrepareAsync(launch, user, CancellationToken.None);
    var spec = AgentContainerSpec.Create(launch, options, user, folder);
    return (spec, folder);
}

async Task<double> PlainPodmanRunAsync(string stepId)
{
    var (spec, folder) = await PrepareAsync(stepId);
    await using (folder)
    {
        var start = new ProcessStartInfo("podman") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in PlainRun.Arguments(spec))
        {
            start.ArgumentList.Add(argument);
        }

        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start)!;
        var reported = await sink.FirstReportOf(stepId).WaitAsync(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync();
        return Stopwatch.GetElapsedTime(started, reported).TotalMilliseconds;
    }
}

Console.WriteLine($"Engine {endpoint}, image {image}, sandbox user {user}, {runs} runs each (after 2 warm-up runs each), in turn.");
for (var i = 0; i < 2; i++)
{
    await SandboxedAsync($"warm-sandboxed-{i}");
    await UnsandboxedAsync($"warm-unsandboxed-{i}");
    await ThroughRunnerAsync($"warm-runner-{i}");
    await PlainPodmanRunAsync($"warm-plain-{i}");
}

var (viaSandbox, viaProcess, viaRunner, viaPodman) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
for (var i = 0; i < runs; i++)
{
    viaSandbox.Add(await SandboxedAsync($"sandboxed-{i}"));
    viaProcess.Add(await UnsandboxedAsync($"unsandboxed-{i}"));
    viaRunner.Add(await ThroughRunnerAsync($"runner-{i}"));
    viaPodman.Add(await PlainPodmanRunAsync($"plain-{i}"));
}

Report.Print(viaSandbox, viaProcess, viaRunner, viaPodman);
await Breakdown.PrintAsync(docker, PrepareAsync, sink, runs);
root.Delete(recursive: true);
