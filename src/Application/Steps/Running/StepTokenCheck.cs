namespace EventAgents.Application.Steps.Running;

/// <summary>Why a step token was accepted or refused.</summary>
public enum StepTokenStatus
{
    /// <summary>Signed by this server and not expired.</summary>
    Valid,

    /// <summary>No token was given.</summary>
    Missing,

    /// <summary>Not in the token format.</summary>
    Malformed,

    /// <summary>The signature does not match: not issued by this server, or altered.</summary>
    Forged,

    /// <summary>Signed by this server but past its expiry.</summary>
    Expired,
}

/// <summary>The outcome of validating a step token; <see cref="Scope"/> is set only when it is valid.</summary>
public sealed record StepTokenCheck(StepTokenStatus Status, StepTokenScope? Scope)
{
    /// <summary>When a valid token expires.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The response header that carries a renewed step token to an agent still at work (see the question endpoints).</summary>
    public const string RenewedTokenHeader = "X-EventAgents-Step-Token";

    /// <summary>True for a valid token.</summary>
    public bool IsValid => Status == StepTokenStatus.Valid && Scope is not null;

    internal static StepTokenCheck Refused(StepTokenStatus status) => new(status, null);
}
