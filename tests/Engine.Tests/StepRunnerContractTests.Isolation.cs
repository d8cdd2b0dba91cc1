using System.Net.Http;
using System.Security.Cryptography;
using EventAgents.Testing;
using EventAgents.Engine.Tests.Support;

namespace EventAgents.Engine.Tests;

/// <summary>What a step of either runner must not reach: the server's files, processes, ports and resources.</summary>
public abstract partial class StepRunnerContractTests
{
    [Fact]
    public async Task A_step_cannot_read_the_servers_keys_see_its_processes_or_reach_its_ports()
    {
        var server = Directory.CreateTempSubdirectory("eventagents-server-home-");
        try
        {
            var apiKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var secretsKey = RandomNumberGenerator.GetBytes(32);
            await File.WriteAllTextAsync(Path.Combine(server.FullName, "api-key"), apiKey);
            await File.WriteAllBytesAsync(Path.Combine(server.FullName, "secrets.key"), secretsKey);
            var home = server.FullName;
            await Runner.StartAsync(Launch("snoop", [
                Call("run_command", new { command = "id -u" }),
                Call("run_command", new { command = $"cat {home}/api-key | base64; cat {home}/api-key | rev; od -An -tx1 {home}/secrets.key; base64 {home}/secrets.key; ls -la {home}" }),
                Call("read_file", new { path = $"{home}/api-key" }),
                Call("run_command", new { command = $"kill -0 {Environment.ProcessId} && printf 'signalled-%s\\n' the-server; ps -eo pid,args" }),
                Call("run_command", new { command = $"(exec 3<>/dev/tcp/127.0.0.1/{Server.Url.Port}) && printf 'reached-%s\\n' the-server-port" }),
                Call("complete_step", new { result = "pass" }),
            ]), CancellationToken.None);

            await Server.Sink.WaitForAsync(report => report.Kind == "complete", Patience);

            var tools = Server.Sink.Reports.Where(report => report.Kind == "tool").Select(report => report.Extra ?? "").ToList();
            Assert.Matches(@"=> Exit code 0\.\n[1-9][0-9]*\n", tools[0]);
            var recorded = string.Join('\n', Server.Sink.Reports.Select(report => report.ToString()));
            foreach (var form in SmuggledForms.Of(apiKey, secretsKey))
            {
                Assert.DoesNotContain(form, recorded, StringComparison.Ordinal);
            }

            Assert.Contains("No such file or directory", tools[1], StringComparison.Ordinal);
            Assert.DoesNotContain("signalled-the-server", recorded, StringComparison.Ordinal);
            Assert.DoesNotContain("dotnet test", tools[3], StringComparison.Ordinal);
            Assert.DoesNotContain("reached-the-server-port", recorded, StringComparison.Ordinal);
        }
        finally
        {
            server.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_fork_bomb_is_held_by_the_steps_limits_and_the_server_keeps_serving()
    {
        var marker = "bomb" + Guid.NewGuid().ToString("N")[..12];
        await Runner.StartAsync(Launch("bomb", [
            Call("run_command", new { command = $"echo started > {marker}.txt; {marker}() {{ {marker} | {marker} & }}; {marker}; sleep 100" }),
        ]), CancellationToken.None);
        await Poll.UntilAsync(() => File.Exists(Path.Combine(Repository.Path, marker + ".txt")), Patience, "the fork bomb to start");
        var most = 0;
        for (var sample = 0; sample < 30; sample++)
        {
            most = Math.Max(most, Processes.WithCommandLine(marker).Count);
            await Task.Delay(100);
        }

        // It started (its file is there), and it never grows past the limit; it may also starve its own agent, which then
        // ends the step before the first look, so no lower bound.
        Assert.InRange(most, 0, (int)TestLimits.Pids);
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
        {
            using var answer = await http.GetAsync(new Uri(Server.Url, "/no-such-page"));
            Assert.Equal(System.Net.HttpStatusCode.NotFound, answer.StatusCode);
        }

        await Runner.StopAsync("run-1", "bomb", CancellationToken.None);
        await Poll.UntilAsync(() => Processes.WithCommandLine(marker).Count == 0, TimeSpan.FromSeconds(30), "the fork bomb to be gone");
    }

    [Fact]
    public async Task A_memory_hog_is_killed_at_the_steps_limit_and_the_agent_goes_on()
    {
        await Runner.StartAsync(Launch("hog", [
            Call("run_command", new { command = "x=$(head -c 1500M /dev/zero | tr '\\0' a); printf 'still-%s' here" }),
            Call("complete_step", new { result = "pass" }),
        ]), CancellationToken.None);

        await Server.Sink.WaitForAsync(report => report.Kind == "complete", Patience);

        var hog = Server.Sink.Reports.First(report => report.Kind == "tool").Extra ?? "";
        Assert.DoesNotContain("Exit code 0.", hog, StringComparison.Ordinal);
        Assert.DoesNotContain("still-here", hog, StringComparison.Ordinal);
    }
}
