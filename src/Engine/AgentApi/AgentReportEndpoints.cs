using EventAgents.Application.Steps.Running;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EventAgents.Engine.AgentApi;

/// <summary>
/// The API agents report to: <c>POST /agent/runs/{runId}/steps/{stepId}/output | tool-calls | complete | fail</c>,
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
            return (sink, scope, ct) => sink.ToolCalledAsync(scope.RunId, scope.StepId, scope.Attempt, tool!, arguments!, result!, ct);
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
            return new ReportProblem(StatusCodes.Status400BadRequest, string.Join(" ", problems.Select(bad => bad.Detail))).ToResult();
        }

        await call(http.RequestServices.GetRequiredService<IAgentReportSink>(), StepTokenFilter.Scope(http), ct).ConfigureAwait(false);
        return Results.NoContent();
    }

    private delegate Task SinkCall(IAgentReportSink sink, StepTokenScope scope, CancellationToken ct);
}
