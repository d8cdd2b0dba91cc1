using EventAgents.Projections;

namespace EventAgents.GraphQL.Common;

/// <summary>Read-your-writes for payloads: waits (a few seconds at most) until a projection shows the stream version a command produced.</summary>
public static class ReadAfter
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public static async Task<T?> WaitAsync<T>(
        ProductApi api, string projectionName, long? streamVersion, Func<CancellationToken, Task<T?>> load, Func<T, long> versionOf, CancellationToken ct)
        where T : class
    {
        var projection = api.Projections.Projections.First(p => p.Name == projectionName);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Patience);
        while (true)
        {
            var next = projection.NextCommit;
            var row = await load(ct).ConfigureAwait(false);
            if ((row is not null && versionOf(row) >= (streamVersion ?? 0)) || timeout.IsCancellationRequested)
            {
                return row;
            }

            var woke = await Task.WhenAny(next, Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token)).ConfigureAwait(false);
            await woke.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public static Task<Projections.Catalog.ProjectRow?> Project(ProductApi api, CommandPayload p, CancellationToken ct) =>
        p.Id is null ? System.Threading.Tasks.Task.FromResult<Projections.Catalog.ProjectRow?>(null)
            : WaitAsync(api, Projections.Catalog.CatalogProjection.ProjectionName, p.StreamVersion,
                async c => (await api.Catalog.ProjectsAsync([p.Id], c).ConfigureAwait(false)).GetValueOrDefault(p.Id), row => row.Version, ct);

    public static Task<Projections.Catalog.AgentRow?> Agent(ProductApi api, CommandPayload p, CancellationToken ct) =>
        p.Id is null ? System.Threading.Tasks.Task.FromResult<Projections.Catalog.AgentRow?>(null)
            : WaitAsync(api, Projections.Catalog.CatalogProjection.ProjectionName, p.StreamVersion,
                async c => (await api.Catalog.AgentsAsync([p.Id], c).ConfigureAwait(false)).GetValueOrDefault(p.Id), row => row.Version, ct);

    public static Task<Projections.Catalog.PipelineRow?> Pipeline(ProductApi api, CommandPayload p, CancellationToken ct) =>
        p.Id is null ? System.Threading.Tasks.Task.FromResult<Projections.Catalog.PipelineRow?>(null)
            : WaitAsync(api, Projections.Catalog.CatalogProjection.ProjectionName, p.StreamVersion,
                async c => (await api.Catalog.PipelinesAsync([p.Id], c).ConfigureAwait(false)).GetValueOrDefault(p.Id), row => row.Version, ct);

    public static Task<Projections.Boards.BoardRow?> Board(ProductApi api, CommandPayload p, CancellationToken ct) =>
        p.Id is null ? System.Threading.Tasks.Task.FromResult<Projections.Boards.BoardRow?>(null)
            : WaitAsync(api, Projections.Boards.BoardsProjection.ProjectionName, p.StreamVersion,
                async c => (await api.Boards.BoardsAsync([p.Id], c).ConfigureAwait(false)).GetValueOrDefault(p.Id), row => row.Version, ct);

    public static async Task<Projections.Boards.TaskRow?> BoardTask(ProductApi api, CommandPayload p, CancellationToken ct)
    {
        if (p.Id is null || p.SubId is null || await Board(api, p, ct).ConfigureAwait(false) is null)
        {
            return null;
        }

        return (await api.Boards.TasksAsync([(p.Id, p.SubId)], ct).ConfigureAwait(false)).GetValueOrDefault((p.Id, p.SubId));
    }

    public static Task<Projections.Chats.ChatSessionRow?> ChatSession(ProductApi api, CommandPayload p, CancellationToken ct) =>
        p.Id is null ? System.Threading.Tasks.Task.FromResult<Projections.Chats.ChatSessionRow?>(null)
            : WaitAsync(api, Projections.Chats.ChatsProjection.ProjectionName, p.StreamVersion,
                async c => (await api.Chats.SessionsAsync([p.Id], c).ConfigureAwait(false)).GetValueOrDefault(p.Id), row => row.Version, ct);
}
