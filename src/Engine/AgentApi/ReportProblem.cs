using Microsoft.AspNetCore.Http;

namespace EventAgents.Engine.AgentApi;

/// <summary>A refused report: its status and the message the agent gets in a problem document.</summary>
internal sealed record ReportProblem(int Status, string Detail)
{
    public static ReportProblem BadField(string field, string problem) =>
        new(StatusCodes.Status400BadRequest, $"Field '{field}' {problem}.");

    /// <summary>One 400 naming every bad field found.</summary>
    public static ReportProblem BadFields(IEnumerable<ReportProblem> problems) =>
        new(StatusCodes.Status400BadRequest, string.Join(" ", problems.Select(bad => bad.Detail)));

    public IResult ToResult() => Results.Problem(detail: Detail, statusCode: Status);
}
