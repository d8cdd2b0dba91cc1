namespace EventAgents.Domain.Runs;

/// <summary>A question the agent of a running attempt put to a person, waiting for an answer.</summary>
/// <param name="Id">The agent's id for the question, unique within the attempt.</param>
/// <param name="Text">The question.</param>
/// <param name="AskedAt">When it was asked; the wait does not count against the attempt's deadline.</param>
public sealed record StepQuestion(string Id, string Text, DateTimeOffset AskedAt);

/// <summary>A person's answer to a question of the attempt.</summary>
public sealed record StepAnswer(string Text, string AnsweredBy, DateTimeOffset At);
