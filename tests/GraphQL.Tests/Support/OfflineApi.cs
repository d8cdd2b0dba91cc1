using EventAgents.Application;
using EventAgents.Application.Chats.Replying;
using EventAgents.Engine.Chats;
using EventAgents.GraphQL.Common;
using EventAgents.Projections;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EventAgents.GraphQL.Tests.Support;

/// <summary>
/// The API as the server registers it, over a data source that is never opened and chat replies of this process only:
/// building the schema, and fields that read no database, touch none.
/// </summary>
public static class OfflineApi
{
    /// <param name="server">What <c>server</c> answers; by default null, as before the host has a step runner.</param>
    public static ProductApi Create(Func<ServerInfo?>? server = null) => new ServiceCollection()
        .AddSingleton(NpgsqlDataSource.Create("Host=127.0.0.1;Database=unused"))
        .AddSingleton<IChatReplies>(new ChatReplies())
        .AddEventAgentsEventStore()
        .AddProjections()
        .AddProductGraphQL()
        .Configure<ProductGraphQLOptions>(options => options.Server = server ?? (() => null))
        .BuildServiceProvider()
        .GetRequiredService<ProductApi>();
}
