namespace EventAgents.Application.Common.Commanding;

/// <summary>Why a command did not happen. The subtypes are the cases a client tells apart.</summary>
/// <param name="Code">A stable code clients may switch on, e.g. <c>project.not-found</c>.</param>
/// <param name="Message">A human readable explanation.</param>
public abstract record CommandError(string Code, string Message);

/// <summary>The aggregate (or something it refers to) does not exist.</summary>
public sealed record NotFoundError(string Code, string Message) : CommandError(Code, Message);

/// <summary>The domain refused the command: it breaks a rule in the aggregate's current state.</summary>
public sealed record RefusedError(string Code, string Message) : CommandError(Code, Message);

/// <summary>What the client expected is no longer current: it should reload and decide again.</summary>
/// <param name="Subject">What changed under the client, e.g. <c>stream board-1</c> or <c>task t-1 on board b-1</c>.</param>
/// <param name="ExpectedVersion">The version the client sent.</param>
/// <param name="ActualVersion">The version found.</param>
public sealed record ConflictError(string Subject, long ExpectedVersion, long ActualVersion)
    : CommandError("conflict", $"{Subject} is at version {ActualVersion}, not {ExpectedVersion}; reload and retry.");

/// <summary>The input cannot be read at all; <see cref="Errors"/> lists every mistake found.</summary>
public sealed record ValidationFailedError(IReadOnlyList<ValidationError> Errors)
    : CommandError("validation-failed", $"{Errors.Count} error(s): {string.Join("; ", Errors.Select(error => error.ToString()))}");

/// <summary>One mistake in a command's input, located when the input is a document (line and column are 1-based).</summary>
public sealed record ValidationError(string Code, string Message, string Path, int? Line = null, int? Column = null)
{
    /// <inheritdoc />
    public override string ToString() => Line is { } line ? $"{line}:{Column} {Code}: {Message}" : $"{Path} {Code}: {Message}";
}
