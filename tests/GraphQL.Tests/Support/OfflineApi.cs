using EventAgents.Application.Common;
using EventAgents.GraphQL.Auth;
using EventAgents.GraphQL.Common;
using EventAgents.Platform.EventStore;
using EventAgents.Projections;
using Npgsql;

namespace EventAgents.GraphQL.Tests.Support;

/// <summary>The API over a data source that is never opened: building the schema, and fields that read no database, touch none.</summary>
public static class OfflineApi
{
    /// <param name="server">What <c>server</c> answers; by default null, as before the host has a step runner.</param>
    public static ProductApi Create(Func<ServerInfo?>? server = null)
    {
        var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Database=unused");
        var store = new EventStore(dataSource, DomainEventRegistry.Create());
        var daemon = new ProjectionDaemon(store, new ReadModelReader(dataSource, "eventagents"), ReadModels.All());
        return new ProductApi(store, daemon, new ApiKeys(dataSource, "eventagents", TimeProvider.System), TimeProvider.System, new EventAgents.Engine.Chats.ChatReplies())
        {
            Server = server ?? (() => null),
        };
    }
}
