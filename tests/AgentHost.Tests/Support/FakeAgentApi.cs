using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventAgents.AgentHost.Tests.Support;

/// <summary>The agent report routes on Kestrel at 127.0.0.1: every report's path and body is kept and answered 204.</summary>
public sealed class FakeAgentApi : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeAgentApi(WebApplication app) => this.app = app;

    public ConcurrentQueue<(string Path, string Body)> Reports { get; } = new();

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The reason of the one failure reported, checking that no completion was.</summary>
    public string OnlyFailureReason()
    {
        Assert.DoesNotContain(Reports, report => report.Path.EndsWith("/complete", StringComparison.Ordinal));
        var failure = Assert.Single(Reports, report => report.Path.EndsWith("/fail", StringComparison.Ordinal));
        using var body = System.Text.Json.JsonDocument.Parse(failure.Body);
        return body.RootElement.GetProperty("reason").GetString()!;
    }

    public static async Task<FakeAgentApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var api = new FakeAgentApi(builder.Build());
        api.app.MapPost("/agent/{**path}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            api.Reports.Enqueue((http.Request.Path.Value!, await reader.ReadToEndAsync()));
            return Results.NoContent();
        });
        await api.app.StartAsync();
        api.BaseUrl = new Uri(api.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return api;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
