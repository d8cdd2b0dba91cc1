using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Runners.Containers;
using EventAgents.Engine.Runners.Sandboxing;
using EventAgents.Engine.Tests.Support;
using Docker.DotNet;
using System.Net;
using System.Net.Sockets;
using Docker.DotNet.Models;

namespace EventAgents.Engine.Tests;

/// <summary>The step runner contract for agents in containers, plus what isolation promises.</summary>
public sealed class ContainerStepRunnerTests : StepRunnerContractTests
{
    private readonly DockerClient docker = ContainerEngine.Client();
    private readonly string scope = "eventagents-test-" + Guid.NewGuid().ToString("N")[..8];

    private ContainerStepRunner ContainerRunner => (ContainerStepRunner)Runner;

    private ContainerRunnerOptions Options => new() { Image = ContainerEngine.AgentImage, Scope = scope, Limits = TestLimits };

    protected override Task<IStepRunner> CreateRunnerAsync(IAgentReportSink sink) =>
        Task.FromResult<IStepRunner>(new ContainerStepRunner(docker, Options, sink, TimeProvider.System));

    protected override string? AgentOf(string runId, string stepId) => ContainerRunner.ContainerIdOf(runId, stepId);

    protected override async Task<bool> GoneWithinAsync(string agent, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (await ExistsAsync(agent))
        {
            if (deadline.IsCancellationRequested)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    [Fact]
    public async Task The_container_mounts_only_the_steps_folders_and_its_run_folder_with_its_limits_no_privileges_and_no_network()
    {
        await Runner.StartAsync(Launch("limits", [Call("run_command", new { command = "echo started > started.txt; exec sleep 120" })]), CancellationToken.None);
        await Poll.UntilAsync(() => File.Exists(Path.Combine(Repository.Path, "started.txt")), Patience, "the command to start");

        var container = await docker.Containers.InspectContainerAsync(AgentOf("run-1", "limits")!);

        Assert.Equal(
            new[] { Home, Repository.Path, SandboxLayout.RunDirectoryInside, "/etc/passwd", "/etc/group" }.Order(),
            container.Mounts.Where(mount => mount.Type == "bind").Select(mount => mount.Destination).Order());
        Assert.All(container.Mounts.Where(mount => mount.Destination.StartsWith("/etc/", StringComparison.Ordinal)), mount => Assert.False(mount.RW));
        Assert.Equal(TestLimits.MemoryBytes, container.HostConfig.Memory);
        Assert.Equal(TestLimits.Pids, container.HostConfig.PidsLimit);
        Assert.Equal(1_000_000_000, container.HostConfig.NanoCPUs);
        Assert.True(container.HostConfig.ReadonlyRootfs);
        Assert.Equal("none", container.HostConfig.NetworkMode);
        Assert.Contains("no-new-privileges", container.HostConfig.SecurityOpt);
        Assert.Equal(SandboxUser.For(Environment.GetEnvironmentVariable).ToString(), container.Config.User);
        Assert.NotEqual("0", container.Config.User.Split(':')[0]);
        Assert.Equal("run-1", container.Config.Labels[ContainerLabels.Run]);
        Assert.Equal("limits", container.Config.Labels[ContainerLabels.Step]);
        Assert.Equal("1", container.Config.Labels[ContainerLabels.Attempt]);
        Assert.DoesNotContain(container.Config.Env, variable => variable.Contains("Password", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Only_the_workspace_the_home_and_tmp_are_writable()
    {
        var report = await RunCommandAsync("writes",
            "for d in / /usr /etc /var /run/eventagents $HOME $PWD /tmp; do touch $d/probe-$$ 2>/dev/null && echo writable:$d || echo read-only:$d; done; id -u");

        var lines = report.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("read-only:/", lines);
        Assert.Contains("read-only:/usr", lines);
        Assert.Contains("read-only:/etc", lines);
        Assert.Contains("read-only:/var", lines);
        Assert.Contains($"writable:{Home}", lines);
        Assert.Contains($"writable:{Repository.Path}", lines);
        Assert.Contains("writable:/tmp", lines);
        Assert.DoesNotContain("0", lines);
    }

    [Theory]
    [InlineData(ContainerRunnerOptions.NoNetwork)]
    [InlineData(ContainerRunnerOptions.Slirp)]
    public async Task The_hosts_loopback_is_out_of_reach_and_the_agent_reports_through_the_relay(string network)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using var runner = new ContainerStepRunner(docker, Options with { NetworkMode = network }, Server.Sink, TimeProvider.System);

        await runner.StartAsync(Launch("offline", [
            Call("run_command", new { command = $"for h in 127.0.0.1 10.0.2.2 host.containers.internal; do timeout 5 bash -c 'exec 3<>/dev/tcp/$h/{port}' 2>/dev/null && echo open''ed:$h || echo unreachable:$h; done" }),
            Call("complete_step", new { result = "pass" }),
        ]), CancellationToken.None);

        await Server.Sink.WaitForAsync(report => report.Kind == "complete" && report.StepId == "offline", Patience);
        var probe = Server.Sink.Reports.Single(report => report.Kind == "tool" && report.Detail == "run_command").Extra ?? "";
        Assert.DoesNotContain("opened:", probe, StringComparison.Ordinal);
        Assert.Contains("unreachable:127.0.0.1", probe, StringComparison.Ordinal);
        Assert.False(listener.Pending(), "a connection reached the listener on the host's loopback");
        Assert.DoesNotContain(Server.Sink.Reports, report => report.Kind == "fail");
    }

    [Fact]
    public async Task The_agent_cannot_read_files_outside_its_mounts()
    {
        var elsewhere = Directory.CreateTempSubdirectory("eventagents-private-");
        var secret = Path.Combine(elsewhere.FullName, "secret.txt");
        await File.WriteAllTextAsync(secret, "top-secret-8d1e");
        try
        {
            var report = await RunCommandAsync("outside", $"cat {secret} || echo cannot-read; ls {elsewhere.FullName} || echo cannot-list");

            Assert.DoesNotContain("top-secret-8d1e", report, StringComparison.Ordinal);
            Assert.Contains("cannot-read", report, StringComparison.Ordinal);
            Assert.Contains("cannot-list", report, StringComparison.Ordinal);
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_agent_cannot_reach_the_container_engines_socket()
    {
        var report = await RunCommandAsync("socket",
            "for s in /run/podman/podman.sock /var/run/docker.sock /run/docker.sock; do test -e $s && echo present:$s || echo absent:$s; done; "
            + "find / -xdev -type s 2>/dev/null | grep -c . || true");

        Assert.Contains("absent:/run/podman/podman.sock", report, StringComparison.Ordinal);
        Assert.Contains("absent:/var/run/docker.sock", report, StringComparison.Ordinal);
        Assert.Contains("absent:/run/docker.sock", report, StringComparison.Ordinal);
        Assert.DoesNotContain("present:", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_process_over_the_memory_limit_is_killed()
    {
        var report = await RunCommandAsync("memory", "exec tail /dev/zero");

        Assert.Contains("Exit code 137", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_container_is_gone_after_the_step_and_its_output_reached_the_live_output()
    {
        var launch = Launch("plan", []) with { ConfigurationJson = """{"prompt": "p", "model": "gpt-9"}""" };
        await Runner.StartAsync(launch, CancellationToken.None);
        var container = AgentOf("run-1", "plan")!;

        await Server.Sink.WaitForAsync(report => report.Kind == "fail", Patience);
        await WaitUntilForgottenAsync("plan");

        Assert.False(await ExistsAsync(container), "the container is still there");
        Assert.Empty(await ContainerEngine.ListScopeAsync(docker, scope));
        await Server.Sink.WaitForAsync(report => report.Kind == "output" && report.Detail.StartsWith("eventagents-agent: ", StringComparison.Ordinal), Patience);
    }

    [Fact]
    public async Task A_step_whose_container_cannot_be_created_fails_to_start_and_leaves_nothing_behind()
    {
        await using var broken = new ContainerStepRunner(docker, Options with { Image = "eventagents-no-such-image:never" }, Server.Sink, TimeProvider.System);

        var error = await Assert.ThrowsAsync<DockerImageNotFoundException>(() =>
            broken.StartAsync(Launch("plan", [Call("complete_step", new { result = "pass" })]), CancellationToken.None));

        Assert.Contains("eventagents-no-such-image", error.ResponseBody, StringComparison.Ordinal);
        Assert.Null(broken.ContainerIdOf("run-1", "plan"));
        Assert.Empty(Directory.GetFiles(Home, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Reconciliation_removes_containers_of_finished_steps_and_adopts_running_ones()
    {
        var finished = await StrayContainerAsync("run-old", "done", 1, "true");
        var live = await StrayContainerAsync("run-1", "live", 2, "sleep 120");
        await docker.Containers.StartContainerAsync(live, new ContainerStartParameters());
        await docker.Containers.StartContainerAsync(finished, new ContainerStartParameters());
        await docker.Containers.WaitContainerAsync(finished);

        var result = await ContainerRunner.ReconcileAsync([new StepAttempt("run-1", "live", 2)], Server.Url, CancellationToken.None);

        Assert.Equal(new ContainerReconciliation(Removed: 1, Adopted: 1), result);
        Assert.False(await ExistsAsync(finished));
        Assert.Equal(live, ContainerRunner.ContainerIdOf("run-1", "live"));
        await Runner.StopAsync("run-1", "live", CancellationToken.None);
        Assert.False(await ExistsAsync(live));
        Assert.DoesNotContain(Server.Sink.Reports, report => report.Kind == "fail");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await ContainerEngine.RemoveScopeAsync(docker, scope);
        docker.Dispose();
    }

    /// <summary>Runs one command as the agent's tool, completes, and returns what the tool reported (exit code and output).</summary>
    private async Task<string> RunCommandAsync(string stepId, string command)
    {
        await Runner.StartAsync(Launch(stepId, [Call("run_command", new { command }), Call("complete_step", new { result = "pass" })]), CancellationToken.None);
        await Server.Sink.WaitForAsync(report => report.Kind == "complete" && report.StepId == stepId, Patience);
        var report = Server.Sink.Reports.Single(report => report.Kind == "tool" && report.StepId == stepId && report.Detail == "run_command").Extra;
        return report[(report.IndexOf(" => ", StringComparison.Ordinal) + 4)..];
    }

    private async Task<string> StrayContainerAsync(string runId, string stepId, int attempt, string script)
    {
        var spec = new CreateContainerParameters
        {
            Image = ContainerEngine.AgentImage,
            Entrypoint = ["bash", "-c", script],
            Labels = ContainerLabels.For(scope, runId, stepId, attempt),
        };
        return (await docker.Containers.CreateContainerAsync(spec)).ID;
    }

    private async Task<bool> ExistsAsync(string containerId)
    {
        try
        {
            await docker.Containers.InspectContainerAsync(containerId);
            return true;
        }
        catch (DockerContainerNotFoundException)
        {
            return false;
        }
    }
}
