using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Loop;
using EventAgents.AgentHost.Models;
using EventAgents.AgentHost.Reporting;
using EventAgents.AgentHost.Tools;
using EventAgents.Platform.Llm.Errors;
using EventAgents.Platform.Llm.Secrets;
using EventAgents.Platform.Llm.Usage;
using Microsoft.Extensions.AI;

namespace EventAgents.AgentHost;

/// <summary>The agent process: read the settings and the step configuration, run the loop, report, exit.</summary>
public static class AgentProgram
{
    /// <summary>Exit code when the agent completed the step.</summary>
    public const int Completed = 0;

    /// <summary>Exit code when the agent failed the step.</summary>
    public const int Failed = 1;

    /// <summary>Exit code when the agent could not start: missing settings or a bad configuration.</summary>
    public const int Misconfigured = 2;

    /// <summary>Exit code when the server refused or never took a report; the runner reports the failure instead.</summary>
    public const int Unreported = 3;

    /// <summary>Runs the agent with the given environment; messages go to <paramref name="error"/>, never the token.</summary>
    public static async Task<int> RunAsync(Func<string, string?> variable, TextWriter error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (AgentSettings.FromEnvironment(variable, Directory.GetCurrentDirectory(), out var problem) is not { } settings)
        {
            await error.WriteLineAsync($"eventagents-agent: {problem}").ConfigureAwait(false);
            return Misconfigured;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var reporter = new HttpAgentReporter(http, settings, ReportRetry.Default, TimeProvider.System);
        try
        {
            return await WorkAsync(settings, variable, reporter, error, ct).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is AgentReportRejectedException or HttpRequestException)
        {
            await error.WriteLineAsync($"eventagents-agent: could not report: {exception.Message}").ConfigureAwait(false);
            return Unreported;
        }
    }

    private static async Task<int> WorkAsync(
        AgentSettings settings, Func<string, string?> variable, IAgentReporter reporter, TextWriter error, CancellationToken ct)
    {
        StepConfiguration configuration;
        Workspace workspace;
        IChatClient model;
        var usage = new UsageLedger();
        try
        {
            configuration = await StepConfiguration.LoadAsync(settings.ConfigurationFile, ct).ConfigureAwait(false);
            workspace = new Workspace(settings.Workspace);
            var llm = await LlmSettings.LoadAsync(configuration, variable, ct).ConfigureAwait(false);
            model = ChatClients.Create(configuration, llm, new EnvironmentSecrets(variable), usage);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"eventagents-agent: {exception.Message}").ConfigureAwait(false);
            await reporter.FailedAsync($"The agent could not start: {exception.Message}", ct).ConfigureAwait(false);
            return Misconfigured;
        }

        using var owned = model;
        var tools = new AgentTools(workspace, configuration, TimeProvider.System);
        AgentOutcome outcome;
        try
        {
            outcome = await new AgentLoop(model, tools, reporter, configuration.MaxTurns).RunAsync(configuration.Prompt, ct).ConfigureAwait(false);
        }
        catch (ModelProviderException exception)
        {
            await error.WriteLineAsync($"eventagents-agent: {exception.Message}").ConfigureAwait(false);
            await reporter.FailedAsync(exception.Message, ct).ConfigureAwait(false);
            return Failed;
        }

        if (usage.Totals is { InputTokens: > 0 } or { OutputTokens: > 0 })
        {
            await error.WriteLineAsync($"eventagents-agent: {UsageSummary.Describe(usage.Totals)}").ConfigureAwait(false);
        }

        return outcome.ExitCode;
    }
}
