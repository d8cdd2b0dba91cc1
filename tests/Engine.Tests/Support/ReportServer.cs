using System.Security.Cryptography;
using EventAgents.Application.Steps.Running;
using EventAgents.Engine.AgentApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventAgents.Engine.Tests.Support;

/// <summary>A real ASP.NET Core server on 127.0.0.1 with a free port, serving the agent report API.</summary>
public sealed class ReportServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private ReportServer(WebApplication app, StepTokens tokens, RecordingSink sink)
    {
        this.app = app;
        Tokens = tokens;
        Sink = sink;
    }

    public StepTokens Tokens { get; }

    public RecordingSink Sink { get; }

    public Uri Url => new(app.Urls.First());

    public static async Task<ReportServer> StartAsync(TimeProvider? time = null, AgentReportLimits? limits = null)
    {
        var tokens = new StepTokens(RandomNumberGenerator.GetBytes(32), time ?? TimeProvider.System);
        var sink = new RecordingSink();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(tokens);
        builder.Services.AddSingleton<IAgentReportSink>(sink);
        var app = builder.Build();
        app.MapAgentReports(limits);
        await app.StartAsync();
        return new ReportServer(app, tokens, sink);
    }

    public string TokenFor(string runId, string stepId, int attempt = 1) =>
        Tokens.Issue(new StepTokenScope(runId, stepId, attempt), TimeSpan.FromMinutes(10));

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
