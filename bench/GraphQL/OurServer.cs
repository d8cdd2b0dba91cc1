using System.Net;
using EventAgents.Platform.GraphQL.AspNetCore;
using EventAgents.Platform.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace EventAgents.Bench.GraphQL;

/// <summary>Our engine behind MapGraphQL on Kestrel, in this process, on 127.0.0.1 with a random port.</summary>
internal sealed class OurServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OurServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<OurServer> StartAsync(GraphQLExecutor executor)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGraphQL("/graphql", executor, options => options.EnableGraphiQL = false);
        await app.StartAsync().ConfigureAwait(false);
        return new OurServer(app, new Uri(app.Urls.First() + "/graphql"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
