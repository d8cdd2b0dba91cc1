using EventAgents.Domain.Common;
using EventAgents.GraphQL.Common;

namespace EventAgents.GraphQL.Runs;

/// <summary>What a run mutation answers: the run (once the read model shows this version) or why nothing happened.</summary>
public sealed record RunPayload(string? RunId, long? Version, IReadOnlyList<UserError> Errors)
{
    public static RunPayload Failed(UserError error, string? runId = null, long? version = null) => new(runId, version, [error]);

    public static UserError From(DomainError error) => error.Code.EndsWith(".not-found", StringComparison.Ordinal)
        ? new NotFoundUserError(error.Code, error.Message)
        : new RefusedUserError(error.Code, error.Message);
}
