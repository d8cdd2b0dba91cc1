using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Domain.Pipelines;
using EventAgents.GraphQL.Auth;
using EventAgents.Host.Hosting;
using EventAgents.Platform.EventStore;
using EventAgents.Testing;

namespace EventAgents.GraphQL.Tests.Support;

/// <summary>The product server (database, engine node, projections, /graphql) over a fresh database, with a key per role.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "eventagents-graphql-" + Guid.NewGuid().ToString("N")[..8]);

    public ProductServer Server { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public string AdminKey { get; private set; } = null!;

    public string OperatorKey { get; private set; } = null!;

    public string ViewerKey { get; private set; } = null!;

    public Uri GraphQLUrl => new(Server.Url, "/graphql");

    public Uri WebSocketUrl => new(GraphQLUrl.ToString().Replace("http://", "ws://", StringComparison.Ordinal));

    public async Task InitializeAsync()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("graphql");
        Server = await ProductServer.StartAsync(new HostSettings(connectionString, _home, "eventagents", TimeSpan.FromSeconds(30)), "http://127.0.0.1:0", _ => { }, CancellationToken.None);
        AdminKey = (await File.ReadAllTextAsync(Path.Combine(_home, LocalAdminKey.FileName))).Trim();
        OperatorKey = (await Server.GraphQL.Api.Keys.CreateAsync("ops", Role.Operator, CancellationToken.None)).Key;
        ViewerKey = (await Server.GraphQL.Api.Keys.CreateAsync("watcher", Role.Viewer, CancellationToken.None)).Key;
    }

    private readonly HashSet<string> _pipelines = [];

    /// <summary>Defines a pipeline once per fixture.</summary>
    public async Task EnsurePipelineAsync(string pipelineId, string yaml)
    {
        if (_pipelines.Add(pipelineId))
        {
            await DefinePipelineAsync(pipelineId, yaml);
        }
    }

    /// <summary>Stores a pipeline version as its event (the pipeline command's own tests live with the application).</summary>
    public async Task DefinePipelineAsync(string pipelineId, string yaml)
    {
        var definition = PipelineYaml.Parse(yaml).Definition ?? throw new ArgumentException("invalid pipeline YAML", nameof(yaml));
        await Server.Store.AppendAsync("pipeline-" + pipelineId, ExpectedVersion.Any,
            [new PipelineVersionDefined(pipelineId, 1, yaml, definition, "tests", DateTimeOffset.UtcNow)]);
    }

    /// <summary>POSTs a GraphQL request; returns the status code and the parsed body.</summary>
    public async Task<(int Status, JsonElement Body)> PostAsync(string query, object? variables = null, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLUrl) { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>POSTs a request with the admin key and returns its data, failing on any error.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? key = null)
    {
        var (status, body) = await PostAsync(query, variables, key ?? AdminKey);
        Assert.True(status == 200 && !body.TryGetProperty("errors", out _), $"HTTP {status}: {body}");
        return body.GetProperty("data");
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
