using EventAgents.AgentHost.Commands;
using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Loop;
using EventAgents.AgentHost.Mcp;
using EventAgents.AgentHost.Models;
using EventAgents.AgentHost.Reporting;
using EventAgents.AgentHost.Secrets;
using EventAgents.AgentHost.Tools;
using EventAgents.Platform.Llm.Errors;
using EventAgents.Platform.Llm.Providers;
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

    /// <summary>Runs the agent with the given environment; messages go to <paramref name="error"/>, never a secret.</summary>
    public static async Task<int> RunAsync(Func<string, string?> variable, TextWriter error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (AgentSettings.FromEnvironment(variable, Directory.GetCurrentDirectory(), out var problem) is not { } settings)
        {
            await error.WriteLineAsync($"eventagents-agent: {problem}").ConfigureAwait(false);
            return Misconfigured;
        }

        using var http = SandboxHttp.ForServer(settings, TimeSpan.FromSeconds(30));
        var log = new AgentLog(error, new Redactor([settings.StepToken]));
        var credential = new StepCredential(settings.StepToken);
        IAgentReporter reporter = new RedactingReporter(new HttpAgentReporter(http, settings, ReportRetry.Default, TimeProvider.System, credential), log.Redactor);
        try
        {
            return await CommandMode.TryRunAsync(settings, reporter, ct).ConfigureAwait(false)
                ?? await WorkAsync(settings, credential, variable, reporter, log, ct).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is AgentReportRejectedException or HttpRequestException)
        {
            await log.WriteAsync($"could not report: {exception.Message}").ConfigureAwait(false);
            return Unreported;
        }
    }

    private static async Task<int> WorkAsync(
        AgentSettings settings, StepCredential credential, Func<string, string?> variable, IAgentReporter reporter, AgentLog log, CancellationToken ct)
    {
        StepConfiguration configuration;
        Workspace workspace;
        IChatClient model;
        LlmConfiguration llm;
        var usage = new UsageLedger();
        var secrets = new EnvironmentSecrets(variable);
        using var providersHttp = SandboxHttp.ForProviders(settings);
        try
        {
            configuration = await StepConfiguration.LoadAsync(settings.ConfigurationFile, ct).ConfigureAwait(false);
            workspace = new Workspace(settings.Workspace);
            llm = await LlmSettings.LoadAsync(configuration, variable, ct).ConfigureAwait(false);
            var redactor = AgentSecrets.Redactor(configuration, llm, settings.StepToken, variable, secrets);
            log.Redactor = redactor;
            reporter = reporter is RedactingReporter redacting ? redacting.With(redactor) : reporter;
            model = ChatClients.Create(configuration, llm, secrets, usage, providersHttp);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            await log.WriteAsync(exception.Message).ConfigureAwait(false);
            await reporter.FailedAsync($"The agent could not start: {exception.Message}", ct).ConfigureAwait(false);
            return Misconfigured;
        }

        using var owned = model;
        var home = variable("HOME") is { Length: > 0 } homePath && Path.IsPathFullyQualified(homePath) ? homePath : null;
        var hidden = AgentSecrets.VariableNames(configuration, llm);
        McpTools mcp;
        try
        {
            mcp = await McpTools.ConnectAsync(configuration.McpServers ?? [], workspace.Root, hidden, ct).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            await log.WriteAsync(exception.Message).ConfigureAwait(false);
            await reporter.FailedAsync($"The agent could not start: {exception.Message}", ct).ConfigureAwait(false);
            return Misconfigured;
        }

        await using var connected = mcp;
        using var apiHttp = SandboxHttp.ForServer(settings, TimeSpan.FromSeconds(120));
        var api = new AgentApiClient(apiHttp, settings, log.Redactor, credential);
        var waits = new HumanWaits(TimeProvider.System);
        var tools = new AgentTools(workspace, configuration, TimeProvider.System, hidden, home,
            [.. mcp.Functions, .. new BoardTools(api).Functions, new AskHumanTool(api, waits, TimeProvider.System).Function]);
        var options = new AgentLoopOptions(configuration.MaxTurns)
        {
            SystemPrompt = await SystemPrompt.BuildAsync(configuration.Persona, workspace, configuration.ContextCapBytes, ct).ConfigureAwait(false),
            Budget = configuration.Budget?.AtStart(DateTimeOffset.UtcNow),
            Stuck = configuration.Stuck ?? StuckSettings.Default,
            HumanWaits = waits,
            Usage = usage,
            Model = configuration.Model,
        };
        AgentOutcome outcome;
        try
        {
            outcome = await new AgentLoop(model, tools, reporter, options).RunAsync(configuration.Prompt, ct).ConfigureAwait(false);
        }
        catch (ModelProviderException exception)
        {
            await log.WriteAsync(exception.Message).ConfigureAwait(false);
            await reporter.FailedAsync(exception.Message, ct).ConfigureAwait(false);
            return Failed;
        }

        if (usage.Totals is { InputTokens: > 0 } or { OutputTokens: > 0 })
        {
            await log.WriteAsync(UsageSummary.Describe(usage.Totals)).ConfigureAwait(false);
        }

        if (outcome.FailureReason is { } reason)
        {
            await log.WriteAsync($"failed: {reason}").ConfigureAwait(false);
        }

        return outcome.ExitCode;
    }
}
