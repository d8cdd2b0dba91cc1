using EventAgents.Application.Steps.Running;
using EventAgents.Engine.AgentApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace EventAgents.Runs.Tests;

/// <summary>The agents' report API (with the board, pull-request and question tools when given their services) on a real Kestrel server on a free loopback port.</summary>
internal sealed class AgentApi(WebApplication app, Uri url) : IAsyncDisposable
{
    public Uri Url { get; } = url;

    public static async Task<AgentApi> StartAsync(IAgentReportSink sink, StepTokens tokens, AgentBoardServices? board = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(sink);
        builder.Services.AddSingleton(tokens);
        var app = builder.Build();
        app.MapAgentReports();
        if (board is not null)
        {
            app.MapAgentBoardTools(board);
            app.MapAgentQuestions(board.Store, board.Clock);
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new AgentApi(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
