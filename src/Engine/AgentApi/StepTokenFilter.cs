using EventAgents.Application.Steps.Running;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EventAgents.Engine.AgentApi;

/// <summary>
/// Lets a report through only with a valid Bearer step token for the run and step of its route:
/// 401 for a missing, malformed, forged or expired token, 403 for a token of another step.
/// </summary>
internal static class StepTokenFilter
{
    private const string Bearer = "Bearer ";

    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var tokens = http.RequestServices.GetRequiredService<StepTokens>();
        var header = http.Request.Headers.Authorization.ToString();
        var token = header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) ? header[Bearer.Length..].Trim() : null;
        var check = tokens.Validate(token);
        if (!check.IsValid)
        {
            http.Response.Headers.WWWAuthenticate = check.Status == StepTokenStatus.Missing ? "Bearer" : "Bearer error=\"invalid_token\"";
            return Results.Problem(detail: Explain(check.Status), statusCode: StatusCodes.Status401Unauthorized);
        }

        var runId = http.Request.RouteValues["runId"] as string ?? "";
        var stepId = http.Request.RouteValues["stepId"] as string ?? "";
        if (!check.Scope!.Covers(runId, stepId))
        {
            return Results.Problem(detail: "The step token is for another step.", statusCode: StatusCodes.Status403Forbidden);
        }

        http.Items[typeof(StepTokenScope)] = check.Scope;
        http.Items[typeof(StepTokenCheck)] = check;
        return await next(context).ConfigureAwait(false);
    }

    /// <summary>The scope of the token the filter accepted.</summary>
    public static StepTokenScope Scope(HttpContext http) => (StepTokenScope)http.Items[typeof(StepTokenScope)]!;

    /// <summary>The check of the token the filter accepted.</summary>
    public static StepTokenCheck Check(HttpContext http) => (StepTokenCheck)http.Items[typeof(StepTokenCheck)]!;

    private static string Explain(StepTokenStatus status) => status switch
    {
        StepTokenStatus.Missing => "A Bearer step token is required.",
        StepTokenStatus.Expired => "The step token has expired.",
        _ => "The step token is not valid.",
    };
}
