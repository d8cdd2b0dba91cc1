using System.Net;
using EventAgents.Platform.GraphQL.AspNetCore.Context;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;

/// <summary>A real Kestrel server on 127.0.0.1 with a random port serving the test schema at /graphql.
/// "Bearer good" (header or connection_init payload) is the user "alice"; "Bearer bad" is refused; tokens from
/// <see cref="Credentials"/> are allowed until revoked.</summary>
public sealed class GraphQLServer : IAsyncLifetime
{
    private WebApplication? _app;

    public SubscriptionProbe Probe { get; } = new();

    public TestCredentials Credentials { get; } = new();

    public Uri Address { get; private set; } = null!;

    public Uri WebSocketAddress => new UriBuilder(Address) { Scheme = "ws" }.Uri;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Further endpoint settings for a server of its own (persisted documents).</summary>
    public Action<GraphQLEndpointOptions>? Configure { get; init; }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGraphQL("/graphql", TestSchema.Create(Probe), options =>
        {
            options.EnableGraphiQL = true;
            options.ConnectionInitTimeout = TimeSpan.FromMilliseconds(500);
            options.ContextFactory = (request, _) => ValueTask.FromResult(request.Authorization switch
            {
                "Bearer good" => GraphQLContextResult.Allow("alice"),
                "Bearer bad" => GraphQLContextResult.Deny("Bad token"),
                var other => Credentials.Allow(other) ?? GraphQLContextResult.Allow(),
            });
            Configure?.Invoke(options);
        });
        await _app.StartAsync();
        Address = new Uri(_app.Urls.First() + "/graphql");
        Client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<GraphQLServer>
{
    public const string Name = "GraphQL server";
}
