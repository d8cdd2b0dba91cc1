using EventAgents.Domain.Common;

namespace EventAgents.Application.Common.Commanding;

/// <summary>Turns the domain's refusals into the application's typed errors.</summary>
public static class DomainErrors
{
    /// <summary>
    /// A <see cref="NotFoundError"/> for the deciders' <c>*.not-found</c> codes, a <see cref="RefusedError"/> otherwise.
    /// </summary>
    public static CommandError ToCommandError(DomainError error) =>
        error.Code.EndsWith(".not-found", StringComparison.Ordinal)
            ? new NotFoundError(error.Code, error.Message)
            : new RefusedError(error.Code, error.Message);

    /// <summary>The domain error a <see cref="NotFoundError"/> or <see cref="RefusedError"/> came from.</summary>
    public static DomainError ToDomainError(CommandError error) => new(error.Code, error.Message);
}
