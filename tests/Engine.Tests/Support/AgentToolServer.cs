using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EventAgents.Application;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Application.Runs.Starting;
using EventAgents.Application.Steps.Running;
using EventAgents.Engine.AgentApi;
using EventAgents.Platform.EventStore;
using EventAgents.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EventAgents.Engine.Tests.Support;

/// <summary>
/// The agent API (<see cref="AgentApiEndpoints.MapAgentApi"/>) on a real Kestrel server at 127.0.0.1, composed as the server
/// composes it over an event store in a fresh PostgreSQL database, with requests sent as the agent of a step sends them (its
/// step token as a Bearer token). Runs' workspaces live under <see cref="Root"/>.
/// </summary>
public sealed class AgentToolServer : IAsyncDisposable
{
    private readonly HttpClient http = new();
    private readonly NpgsqlDataSource dataSource;
    private readonly WebApplication app;

    private AgentToolServer(NpgsqlDataSource dataSource, WebApplication app, string root)
    {
        this.dataSource = dataSource;
        this.app = app;
        Root = root;
    }

    public EventStore Store => app.Services.GetRequiredService<EventStore>();

    public StepTokens Tokens => app.Services.GetRequiredService<StepTokens>();

    public Uri Url => app.Services.GetRequiredService<AgentApiAddress>().Url;

    public string Root { get; }

    /// <summary>Starts the server over a fresh database named after <paramref name="database"/>.</summary>
    public static async Task<AgentToolServer> StartAsync(string database)
    {
        var dataSource = NpgsqlDataSource.Create(await PostgresServer.CreateDatabaseAsync(database));
        var root = Path.Combine(Path.GetTempPath(), $"eventagents-{database}-" + Guid.NewGuid().ToString("N")[..8]);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(dataSource).AddEventAgentsEventStore().AddApplicationCommands().AddAgentApi(api => api.WorkspaceRoot = root);
        var app = builder.Build();
        app.MapAgentApi();
        await app.StartAsync();
        return new AgentToolServer(dataSource, app, root);
    }

    /// <summary>Starts a run of <paramref name="yaml"/> in <paramref name="projectId"/>; its first step is queued.</summary>
    public async Task<string> StartRunAsync(string yaml, string projectId)
    {
        var (runId, error) = await app.Services.GetRequiredService<RunStarter>().StartAsync(
            projectId, "pipeline-1", 1, PipelineYaml.Parse(yaml).Definition!, new Dictionary<string, string>(), "tests", CancellationToken.None);
        Assert.True(error is null, error?.Message);
        return runId!;
    }

    /// <summary>Sends a request to <c>/agent/runs/{runId}/steps/{stepId}/{path}</c> with the token of <paramref name="tokenStep"/> (default: the step).</summary>
    public async Task<(HttpStatusCode Status, string Body)> SendAsync(
        HttpMethod method, string runId, string stepId, string path, string? json, string? tokenStep = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(Url, $"agent/runs/{runId}/steps/{stepId}/{path}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Issue(new StepTokenScope(runId, tokenStep ?? stepId, 1), TimeSpan.FromMinutes(1)));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await dataSource.DisposeAsync();
        http.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
