namespace EventAgents.Projections.Runs;

/// <summary>A question the agent of a step attempt asked a person, with the answer once given.</summary>
public sealed record StepQuestionRow(
    string RunId, string StepId, int Attempt, string QuestionId, long Seq, string Text, DateTimeOffset AskedAt,
    string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt) : ISequenced;

/// <summary>The question a step's running attempt waits on a person to answer.</summary>
public sealed record PendingQuestionRow(string QuestionId, string Text, DateTimeOffset AskedAt);
