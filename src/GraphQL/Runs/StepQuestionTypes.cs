using EventAgents.Domain.Runs;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema.Building;
using EventAgents.Projections.Runs;

namespace EventAgents.GraphQL.Runs;

/// <summary>A question a step's agent asked a person, as the <c>StepQuestion</c> type shows it.</summary>
public sealed record StepQuestionView(string Id, string Text, DateTimeOffset AskedAt, int Attempt, string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt)
{
    public static StepQuestionView From(StepQuestionRow row) => new(row.QuestionId, row.Text, row.AskedAt, row.Attempt, row.Answer, row.AnsweredBy, row.AnsweredAt);

    public static StepQuestionView? Pending(RunStepRow step) =>
        step.Question is { } question ? new(question.QuestionId, question.Text, question.AskedAt, step.Attempt, null, null, null) : null;

    public static StepQuestionView? Pending(StepProgress step) =>
        step.Question is { } question ? new(question.Id, question.Text, question.AskedAt, step.Attempt, null, null, null) : null;
}

/// <summary>The <c>StepQuestion</c> type and the question fields of <c>RunStep</c>.</summary>
public static class StepQuestionTypes
{
    public static void Add(SchemaBuilder schema) => schema.Object("StepQuestion", t => t.ClrType<StepQuestionView>()
        .Description("A question the agent of a step attempt asked a person; the attempt's deadline stands still until it is answered.")
        .Field("id", "ID!", f => f.Description("The agent's id for the question, unique within the attempt."))
        .Field("text", "String!")
        .Field("askedAt", "DateTime!")
        .Field("attempt", "Int!")
        .Field("answer", "String")
        .Field("answeredBy", "String")
        .Field("answeredAt", "DateTime"));

    public static ObjectTypeBuilder QuestionFields(this ObjectTypeBuilder step, ProductApi api) => step
        .Field("question", "StepQuestion", f => f
            .Description("The question the step's running attempt waits on a person to answer (answerStepQuestion).")
            .Resolve(c => StepQuestionView.Pending((RunStepRow)c.Source!)))
        .Field("questions", "[StepQuestion!]!", f => f
            .Description("Every question the step's agents asked, in order, with the answers given.")
            .ResolveAsync(async c => await QuestionsAsync(c, api).ConfigureAwait(false)));

    private static async Task<object?> QuestionsAsync(ResolveContext c, ProductApi api)
    {
        var step = (RunStepRow)c.Source!;
        var rows = await c.DataLoader<(string, string), IReadOnlyList<StepQuestionRow>>("step-questions", api.Runs.QuestionsAsync)
            .LoadAsync((step.RunId, step.StepId)).ConfigureAwait(false);
        return (rows ?? []).Select(StepQuestionView.From).ToList();
    }
}
