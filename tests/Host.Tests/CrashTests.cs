using EventAgents.Application.Runs;
using EventAgents.Application.Common;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Application.Runs.Commanding;
using EventAgents.Application.Runs.Starting;
using EventAgents.Domain.Runs;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;
using EventAgents.Testing;
using Npgsql;

namespace EventAgents.Host.Tests;

/// <summary>The server is killed with SIGKILL at random points while runs are in flight, and restarted each time.</summary>
public sealed class CrashTests
{
    // Step deadlines run on the wall clock while the server is down, and ten restarts on a loaded 2-core machine can
    // take minutes: the timeouts are far above what the steps need, so a slow machine is not mistaken for a lost step.
    private const string Pipeline = """
        name: crash-test
        steps:
          - id: plan
            type: agent
            agent: architect
            prompt: plan
            timeout: 10m
            script:
              - tool: run_command
                args: {command: "sleep 0.3; echo planned >> log.txt"}
              - tool: complete_step
                args: {result: pass}
          - id: build
            type: command
            run: sleep 0.4; echo built >> log.txt
          - id: test
            type: command
            run: sleep 0.3; echo tested >> log.txt
          - id: review
            type: agent
            agent: reviewer
            prompt: review
            timeout: 10m
            script:
              - tool: run_command
                args: {command: "sleep 0.2"}
              - tool: complete_step
                args: {result: pass}
          - id: ship
            type: command
            run: echo shipped >> log.txt
        """;

    private static async Task<string> SessionsAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT state, coalesce(wait_event_type, '') || ':' || coalesce(wait_event, ''), count(*), left(max(query), 100) " +
            "FROM pg_stat_activity WHERE datname = current_database() GROUP BY 1, 2 ORDER BY 3 DESC");
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add($"{reader.GetValue(2)} x {reader.GetValue(0)} {reader.GetString(1)} {reader.GetValue(3)}");
        }

        return string.Join("\n", lines);
    }

    [Fact]
    public async Task Every_run_completes_and_each_step_completion_is_recorded_once_across_ten_kills()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("crash");
        var home = Path.Combine(Path.GetTempPath(), "eventagents-crash-" + Guid.NewGuid().ToString("N")[..8]);
        var port = HostProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__EventStore"] = connectionString,
            ["EVENTAGENTS_HOME"] = home,
            ["EVENTAGENTS_QUEUE_LEASE_SECONDS"] = "2",
        };
        using var client = new HttpClient();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var store = new EventStore(dataSource, DomainEventRegistry.Create());
        var server = HostProcess.StartOnPort(port, environment, "up");
        try
        {
            (await server.WaitForHealthAsync(client, TimeSpan.FromSeconds(90))).Dispose();
            var definition = PipelineYaml.Parse(Pipeline).Definition!;
            var starter = new RunStarter(store, TimeProvider.System);
            var runs = new List<string>();
            for (var i = 0; i < 8; i++)
            {
                runs.Add((await starter.StartAsync("project", "crash-test", 1, definition, new Dictionary<string, string>(), "tests", CancellationToken.None)).RunId!);
            }

            var random = new Random(20261121);
            for (var kill = 0; kill < 10; kill++)
            {
                await Task.Delay(random.Next(200, 1200));
                await server.KillAsync();
                await server.DisposeAsync();
                server = HostProcess.StartOnPort(port, environment, "up");
                try
                {
                    (await server.WaitForHealthAsync(client, TimeSpan.FromSeconds(90))).Dispose();
                }
                catch (TimeoutException e)
                {
                    throw new TimeoutException(e.Message + "\nDatabase sessions:\n" + await SessionsAsync(dataSource), e);
                }
            }

            await Eventually.TrueAsync(async () =>
            {
                foreach (var runId in runs)
                {
                    var run = await store.LoadAsync(RunStreams.Id(runId), Run.Initial, RunStreams.Evolve);
                    if (run.State.Status is not (RunStatus.Completed or RunStatus.Failed or RunStatus.Cancelled))
                    {
                        return false;
                    }
                }

                return true;
            }, TimeSpan.FromSeconds(240), "every run ends").ContinueWith(async t =>
            {
                if (t.IsFaulted)
                {
                    var states = new List<string>();
                    foreach (var runId in runs)
                    {
                        var run = (await store.LoadAsync(RunStreams.Id(runId), Run.Initial, RunStreams.Evolve)).State;
                        states.Add($"{runId}: {run.Status} " + string.Join(", ", run.Steps.Values.Select(s => $"{s.StepId}={s.Status}#{s.Attempt}")));
                    }

                    await using var queue = new PostgresQueue(dataSource, new PostgresQueueOptions { Schema = "eventagents_queue" });
                    var deadLetters = (await queue.ListDeadLettersAsync(null, 50, CancellationToken.None))
                        .Select(d => $"{d.Envelope.MessageType} x{d.Attempts}: {d.Failure.Message}");
                    throw new TimeoutException("Runs did not end:\n" + string.Join("\n", states) + "\nDead letters:\n" + string.Join("\n", deadLetters)
                        + "\nServer output:\n" + server.Output, t.Exception);
                }
            }).Unwrap();

            foreach (var runId in runs)
            {
                var events = await store.ReadStreamAsync(RunStreams.Id(runId));
                var run = events.Select(e => (IRunEvent)e.Data).Aggregate(Run.Initial, RunDecider.Evolve);
                Assert.True(run.Status == RunStatus.Completed, $"run {runId} ended {run.Status}: {run.Reason}; failures: "
                    + string.Join("; ", events.Select(e => e.Data).OfType<StepFailed>().Select(f => $"{f.StepId}#{f.Attempt}: {f.Reason}")) + "\nServer output:\n" + server.Output);
                var completions = events.Select(e => e.Data).OfType<StepCompleted>().ToList();
                Assert.Equal(["plan", "build", "test", "review", "ship"], completions.Select(c => c.StepId));
                Assert.Equal(completions.Count, completions.Select(c => (c.StepId, c.Attempt)).Distinct().Count());
                Assert.Equal(Enumerable.Range(1, events.Count).Select(v => (long)v), events.Select(e => e.Version));
                Assert.True((await store.VerifyStreamAsync(RunStreams.Id(runId))).IsValid);
            }
        }
        finally
        {
            try
            {
                await server.DisposeAsync();
            }
            catch (TimeoutException) when (System.Runtime.InteropServices.Marshal.GetExceptionPointers() != IntPtr.Zero)
            {
                // A failure above is the one worth reporting; the server was killed after its stop timed out.
            }

            try
            {
                Directory.Delete(home, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
