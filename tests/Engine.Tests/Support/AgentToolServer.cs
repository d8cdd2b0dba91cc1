using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using EventAgents.Application.Common;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Application.Runs.Starting;
using EventAgents.Application.Steps.Running;
using EventAgents.Platform.EventStore;
using EventAgents.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EventAgents.Engine.Tests.Support;

/// <summary>
/// Agent tool endpoints on a real Kestrel server at 127.0.0.1, over an event store in a fresh PostgreSQL database, with
/// requests sent as the agent of a step sends them (its step token as a Bearer token).
/// </summary>
public sealed class AgentToolServer : IAsyncDisposable
{
    private readonly HttpClient http = new();
    private readonly NpgsqlDataSource dataSource;
    private readonly WebApplication app;

    private AgentToolServer(NpgsqlDataSource dataSource, EventStore store, StepTokens tokens, WebApplication app, Uri url)
    {
        this.dataSource = dataSource;
        this.app = app;
        Store = store;
        Tokens = tokens;
        Url = url;
    }

    public EventStore Store { get; }

    public StepTokens Tokens { get; }

    public Uri Url { get; }

    /// <summary>Starts the server with the endpoints <paramref name="map"/> maps over the store.</summary>
    public static async Task<AgentToolServer> StartAsync(string database, Action<WebApplication, EventStore> map)
    {
        var dataSource = NpgsqlDataSource.Create(await PostgresServer.CreateDatabaseAsync(database));
        var store = new EventStore(dataSource, DomainEventRegistry.Create());
        await store.MigrateAsync();
        var tokens = new StepTokens(RandomNumberGenerator.GetBytes(32), TimeProvider.System);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(tokens);
        var app = builder.Build();
        map(app, store);
        await app.StartAsync();
        var url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new AgentToolServer(dataSource, store, tokens, app, url);
    }

    /// <summary>Starts a run of <paramref name="yaml"/> in <paramref name="projectId"/>; its first step is queued.</summary>
    public async Task<string> StartRunAsync(string yaml, string projectId)
    {
        var (runId, error) = await new RunStarter(Store, TimeProvider.System).StartAsync(
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
    }
}
