using EventAgents.Application.Common;
using EventAgents.Application.Pipelines;
using EventAgents.Domain.Pipelines;
using EventAgents.Host.Commands;
using EventAgents.Platform.EventStore;
using EventAgents.Testing;
using Npgsql;

namespace EventAgents.Host.Tests;

/// <summary><c>eventagents seed-sample</c>: the sample project's pipelines, seeded twice without a second version.</summary>
public sealed class SeedCommandTests
{
    [Fact]
    public async Task Seeding_twice_defines_each_sample_pipeline_once_including_one_whose_agent_asks_a_person()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eventagents-seed-" + Guid.NewGuid().ToString("N")[..8]);
        await using var dataSource = NpgsqlDataSource.Create(await PostgresServer.CreateDatabaseAsync("seed"));
        await using var store = new EventStore(dataSource, DomainEventRegistry.Create());
        await store.MigrateAsync(CancellationToken.None);
        try
        {
            Assert.Null(await SeedCommand.SeedAsync(store, Path.Combine(folder, "sample-repo"), CancellationToken.None));
            Assert.Null(await SeedCommand.SeedAsync(store, Path.Combine(folder, "sample-repo"), CancellationToken.None));

            foreach (var name in new[] { "hello-sample", "gated-release", "clarify" })
            {
                var pipeline = await LoadAsync(store, name);
                Assert.True(pipeline.Versions.Count == 1, $"pipeline '{name}' has {pipeline.Versions.Count} versions");
            }

            var clarify = (await LoadAsync(store, "clarify")).Latest!.Definition;
            var design = Assert.IsType<AgentStep>(Assert.Single(clarify.Steps));
            Assert.Equal(["ask_human", "write_file", "complete_step"], design.Script!.Select(call => call.Tool));
            Assert.Equal("Which database should the service use?", design.Script![0].Args["question"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Pipeline> LoadAsync(EventStore store, string name) =>
        (await store.LoadAsync(PipelineStreams.Id(PipelineIds.For(SeedCommand.ProjectId, name)!), Pipeline.Initial, PipelineStreams.Evolve)).State;
}
