using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EventAgents.GraphQL.Auth;
using EventAgents.Host.Hosting;
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

    /// <summary>The server's home (its keys live there).</summary>
    public string Home => _home;

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
    private readonly HashSet<string> _projects = [];

    /// <summary>Creates the project once, then defines the pipeline once through the API; returns its id (&lt;project&gt;--&lt;name&gt;).</summary>
    public async Task<string> EnsurePipelineAsync(string projectId, string yaml)
    {
        if (_projects.Add(projectId))
        {
            var created = (await DataAsync("mutation ($id: ID!, $name: String!, $repo: String!) { createProject(input: {projectId: $id, name: $name, repository: $repo}) { errors { code message } } }",
                new { id = projectId, name = projectId, repo = await RepositoryAsync() })).GetProperty("createProject");
            Assert.True(created.GetProperty("errors").GetArrayLength() == 0, created.ToString());
        }

        var name = yaml.Split('\n')[0].Replace("name:", "", StringComparison.Ordinal).Trim();
        var pipelineId = $"{projectId}--{name}";
        if (_pipelines.Add(pipelineId))
        {
            var payload = (await DataAsync(
                "mutation ($input: DefinePipelineInput!) { definePipeline(input: $input) { pipelineId errors { code message } } }",
                new { input = new { projectId, yaml } })).GetProperty("definePipeline");
            Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString());
            Assert.Equal(pipelineId, payload.GetProperty("pipelineId").GetString());
        }

        return pipelineId;
    }

    /// <summary>A real git repository with one commit on main, for the projects' runs to work in.</summary>
    private async Task<string> RepositoryAsync()
    {
        var path = Path.Combine(_home, "repository");
        if (!Directory.Exists(Path.Combine(path, ".git")))
        {
            Directory.CreateDirectory(path);
            await File.WriteAllTextAsync(Path.Combine(path, "README.md"), "test repository\n");
            foreach (var arguments in new[] { "init -q -b main", "add README.md", "-c user.name=tests -c user.email=tests@example.invalid commit -q -m initial" })
            {
                using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", arguments) { WorkingDirectory = path, RedirectStandardError = true })!;
                await git.WaitForExitAsync();
                Assert.True(git.ExitCode == 0, $"git {arguments}: {await git.StandardError.ReadToEndAsync()}");
            }
        }

        return path;
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
