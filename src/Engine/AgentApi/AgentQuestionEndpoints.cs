using System.Text.Json.Nodes;
using EventAgents.Application.Runs;
using EventAgents.Application.Runs.Commanding;
using EventAgents.Application.Steps.Running;
using EventAgents.Domain.Runs;
using EventAgents.Engine.Secrets;
using EventAgents.Platform.EventStore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EventAgents.Engine.AgentApi;

/// <summary>
/// The ask_human tool of an agent, under <c>/agent/runs/{runId}/steps/{stepId}</c> with the step token as a Bearer token:
/// <c>POST questions</c> <c>{"id","question"}</c> asks (201, or 200 for a question already asked), and
/// <c>GET questions/{id}?wait=seconds</c> answers <c>{"status":"waiting"}</c> or <c>{"status":"answered","answer",...}</c>,
/// waiting up to <c>wait</c> seconds (at most 60) for the answer to arrive. Answers 400 naming a bad field, 404 for a
/// question the attempt never asked, 409 when another question still waits, 410 once the attempt is over, 422 when the
/// step cannot ask.
/// </summary>
public static class AgentQuestionEndpoints
{
    private const int MaxIdChars = 100;
    private const int MaxBodyBytes = 64 * 1024;
    private const int MaxWaitSeconds = 60;
    private static readonly TimeSpan Fallback = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Recheck = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Maps the endpoints under <c>/agent</c>; questions are recorded with the secrets <paramref name="redactor"/> knows masked.
    /// A poll by an agent whose step token has less than half of <paramref name="tokenLifetime"/> left gets a renewed token
    /// (header <see cref="StepTokenCheck.RenewedTokenHeader"/>), so an answer that takes longer than a token lives still reaches it.
    /// </summary>
    public static RouteGroupBuilder MapAgentQuestions(
        this IEndpointRouteBuilder endpoints, EventStore store, TimeProvider clock, SecretRedactor? redactor = null, TimeSpan? tokenLifetime = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        var lifetime = tokenLifetime ?? TimeSpan.FromHours(12);
        var group = endpoints.MapGroup("/agent/runs/{runId}/steps/{stepId}/questions");
        group.AddEndpointFilter(StepTokenFilter.InvokeAsync);
        group.MapPost("", (HttpContext http, CancellationToken ct) => AskAsync(http, store, clock, redactor ?? SecretRedactor.None, ct));
        group.MapGet("/{questionId}", async (HttpContext http, string questionId, int? wait, CancellationToken ct) =>
        {
            var result = await AnswerAsync(store, StepTokenFilter.Scope(http), questionId, wait, ct).ConfigureAwait(false);
            if (result is not IStatusCodeHttpResult { StatusCode: >= StatusCodes.Status400BadRequest })
            {
                RenewTokenIfDue(http, clock, lifetime);
            }

            return result;
        });
        return group;
    }

    private static void RenewTokenIfDue(HttpContext http, TimeProvider clock, TimeSpan lifetime)
    {
        var check = StepTokenFilter.Check(http);
        if (check.ExpiresAt is { } expiresAt && expiresAt - clock.GetUtcNow() < lifetime / 2)
        {
            var tokens = http.RequestServices.GetRequiredService<StepTokens>();
            http.Response.Headers[StepTokenCheck.RenewedTokenHeader] = tokens.Issue(check.Scope!, lifetime);
        }
    }

    private static async Task<IResult> AskAsync(HttpContext http, EventStore store, TimeProvider clock, SecretRedactor redactor, CancellationToken ct)
    {
        var (body, problem) = await ReportBody.ReadAsync(http.Request, MaxBodyBytes, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        var problems = new List<ReportProblem>();
        var id = body!.Text("id", MaxIdChars, allowEmpty: false, problems);
        var question = body.Text("question", AskingHuman.MaxQuestionLength, allowEmpty: false, problems);
        if (problems.Count > 0)
        {
            return ReportProblem.BadFields(problems).ToResult();
        }

        var scope = StepTokenFilter.Scope(http);
        var command = new AskHuman(scope.RunId, scope.StepId, scope.Attempt, id!.Trim(), redactor.Redact(question!.Trim()), clock.GetUtcNow());
        RunCommandResult result;
        try
        {
            result = await new RunCommands(store).HandleAsync(command, $"agent:{scope.StepId}", ct).ConfigureAwait(false);
        }
        catch (WrongExpectedVersionException)
        {
            return new ReportProblem(StatusCodes.Status409Conflict, "The run kept changing; ask again.").ToResult();
        }

        return result.Error switch
        {
            null => Results.Json(Waiting(command.QuestionId), statusCode: result.Events.Count > 0 ? StatusCodes.Status201Created : StatusCodes.Status200OK),
            { Code: "question.pending" } => new ReportProblem(StatusCodes.Status409Conflict, result.Error.Message).ToResult(),
            { Code: "run.not-found" } => new ReportProblem(StatusCodes.Status404NotFound, result.Error.Message).ToResult(),
            var refused => new ReportProblem(StatusCodes.Status422UnprocessableEntity, refused.Message).ToResult(),
        };
    }

    private static async Task<IResult> AnswerAsync(EventStore store, StepTokenScope scope, string questionId, int? wait, CancellationToken ct)
    {
        if (wait is < 0 or > MaxWaitSeconds)
        {
            return ReportProblem.BadField("wait", $"must be 0 to {MaxWaitSeconds} seconds").ToResult();
        }

        store.Changes.ListenToOtherProcesses();
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(ct);
        waiting.CancelAfter(TimeSpan.FromSeconds(wait ?? 0));
        while (true)
        {
            var change = store.Changes.NextChange;
            var run = (await store.LoadAsync(RunStreams.Id(scope.RunId), Run.Initial, RunStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
            var step = run.Step(scope.StepId);
            if (run.Status.IsFinished() || step.Attempt != scope.Attempt || step.Status != StepStatus.Running)
            {
                return new ReportProblem(StatusCodes.Status410Gone, $"Attempt {scope.Attempt} of step '{scope.StepId}' is over; no answer will come.").ToResult();
            }

            if (step.Answers.TryGetValue(questionId, out var answer))
            {
                return Results.Json(new JsonObject
                {
                    ["id"] = questionId, ["status"] = "answered", ["answer"] = answer.Text, ["answeredBy"] = answer.AnsweredBy, ["answeredAt"] = answer.At,
                });
            }

            if (step.Question?.Id != questionId)
            {
                return new ReportProblem(StatusCodes.Status404NotFound, $"Attempt {scope.Attempt} of step '{scope.StepId}' asked no question '{questionId}'.").ToResult();
            }

            if (waiting.IsCancellationRequested)
            {
                return Results.Json(Waiting(questionId));
            }

            await Task.WhenAny(change, Task.Delay(Fallback, waiting.Token)).ConfigureAwait(false);

            // The change signal fires for every append anywhere; a person's answer can wait a moment, so many waiting
            // agents on a busy store look at their runs a few times a second at most, not once per append.
            await Task.Delay(Recheck, waiting.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static JsonObject Waiting(string questionId) => new() { ["id"] = questionId, ["status"] = "waiting" };
}
