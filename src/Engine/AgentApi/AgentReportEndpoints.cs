using EventAgents.Application.Steps.Running;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EventAgents.Engine.AgentApi;

/// <summary>
/// The API agents report to: <c>POST /agent/runs/{runId}/steps/{stepId}/output | tool-calls | model-calls |
/// budget-warnings | complete | fail</c>,
/// each with the step token as a Bearer token. Needs <see cref="StepTokens"/> and <see cref="IAgentReportSink"/> as services.
/// Answers 204 when the report was handed to the sink, 400 naming a bad field, 401/403 for tokens, 413 for a large body.
/// </summary>
public static class AgentReportEndpoints
{
    /// <summary>Maps the report endpoints under <c>/agent</c>.</summary>
    public static RouteGroupBuilder MapAgentReports(this IEndpointRouteBuilder endpoints, AgentReportLimits? limits = null)
    {
        var max = limits ?? new AgentReportLimits();
        var group = endpoints.MapGroup("/agent/runs/{runId}/steps/{stepId}");
        group.AddEndpointFilter(StepTokenFilter.InvokeAsync);
        group.MapPost("/output", (HttpContext http, CancellationToken ct) => HandleAsync(http, max, ct, static (body, max, problems) =>
        {
            var text = body.Text("text", max.MaxTextChars, allowEmpty: true, problems);
            return (sink, scope, ct) => sink.OutputAsync(scope.RunId, scope.StepId, scope.Attempt, text!, ct);
        }));
        group.MapPost("/tool-calls", (HttpContext http, CancellationToken ct) => HandleAsync(http, max, ct, static (body, max, problems) =>
        {
            var tool = body.Text("tool", max.MaxToolNameChars, allowEmpty: false, problems);
            var arguments = body.Json("arguments", max.MaxArgumentsChars, problems);
            var result = body.Text("result", max.MaxResultSummaryChars, allowEmpty: true, problems);
            var call = new ToolCallReport(
                Sequence(body, problems), tool!, arguments!, result!, body.Flag("is_error", problems), body.Count("duration_ms", 0, problems));
            return (sink, scope, ct) => sink.ToolCalledAsync(scope.RunId, scope.StepId, scope.Attempt, call, ct);
        }));
        group.MapPost("/model-calls", (HttpContext http, CancellationToken ct) => HandleAsync(http, max, ct, static (body, max, problems) =>
        {
            var call = new ModelCallReport(
                Sequence(body, problems),
                body.Text("model", max.MaxModelChars, allowEmpty: false, problems)!,
                body.Json("messages_in", max.MaxMessagesChars, problems)!,
                body.Json("messages_out", max.MaxMessagesChars, problems)!,
                body.Count("input_tokens", 0, problems),
                body.Count("cached_input_tokens", 0, problems),
                body.Count("output_tokens", 0, problems),
                body.Amount("cost_usd", problems),
                body.Count("duration_ms", 0, problems));
            return (sink, scope, ct) => sink.ModelCalledAsync(scope.RunId, scope.StepId, scope.Attempt, call, ct);
        }));
        group.MapPost("/budget-warnings", (HttpContext http, CancellationToken ct) => HandleAsync(http, max, ct, static (body, max, problems) =>
        {
            var warning = new BudgetWarningReport(
                body.Text("limit", max.MaxLimitChars, allowEmpty: false, problems)!,
                body.Text("message", max.MaxReasonChars, allowEmpty: false, problems)!);
            return (sink, scope, ct) => sink.BudgetWarnedAsync(scope.RunId, scope.StepId, scope.Attempt, warning, ct);
        }));
        group.MapPost("/complete", (HttpContext http, CancellationToken ct) => HandleAsync(http, max, ct, static (body, max, problems) =>
        {
            var result = body.Text("result", max.MaxResultChars, allowEmpty: false, problems);
            var output = body.Json("output", max.MaxOutputChars, problems);
            return (sink, scope, ct) => sink.CompletedAsync(scope.RunId, scope.StepId, scope.Attempt, result!.Trim(), output!, ct);
        }));
        group.MapPost("/fail", (HttpContext http, CancellationToken ct) => HandleAsync(http, max, ct, static (body, max, problems) =>
        {
            var reason = body.Text("reason", max.MaxReasonChars, allowEmpty: false, problems);
            return (sink, scope, ct) => sink.FailedAsync(scope.RunId, scope.StepId, scope.Attempt, reason!, ct);
        }));
        return group;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, AgentReportLimits max, CancellationToken ct, Func<ReportBody, AgentReportLimits, List<ReportProblem>, SinkCall> parse)
    {
        var (body, problem) = await ReportBody.ReadAsync(http.Request, max.MaxBodyBytes, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        var problems = new List<ReportProblem>();
        var call = parse(body!, max, problems);
        if (problems.Count > 0)
        {
            return ReportProblem.BadFields(problems).ToResult();
        }

        await call(http.RequestServices.GetRequiredService<IAgentReportSink>(), StepTokenFilter.Scope(http), ct).ConfigureAwait(false);
        return Results.NoContent();
    }

    private static int Sequence(ReportBody body, List<ReportProblem> problems) =>
        (int)Math.Min(int.MaxValue, body.Count("sequence", 0, problems));

    private delegate Task SinkCall(IAgentReportSink sink, StepTokenScope scope, CancellationToken ct);
}
