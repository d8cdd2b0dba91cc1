using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.GraphQL.Runs;

public static partial class RunMutations
{
    private static void AddInputs(SchemaBuilder schema) => schema
        .InputObject("StartRunInput", t => t
            .Field("pipelineId", "ID!")
            .Field("version", "Int", f => f.Description("The pipeline version to pin; the latest when omitted."))
            .Field("projectId", "ID", f => f.Description("Optional: the pipeline's id names its project; when given it must match."))
            .Field("inputs", "JSON", f => f.Description("The run's inputs: an object of strings."))
            .Field("runId", "ID", f => f.Description("A run id chosen by the client (lower case letters, digits, '-', '_'), so it can subscribe before starting.")))
        .InputObject("CancelRunInput", t => t.Field("runId", "ID!").Field("reason", "String").Field("expectedVersion", "Long"))
        .InputObject("PauseRunInput", t => t.Field("runId", "ID!").Field("reason", "String").Field("expectedVersion", "Long"))
        .InputObject("ResumeRunInput", t => t.Field("runId", "ID!").Field("expectedVersion", "Long"))
        .InputObject("ApproveGateInput", t => t.Field("runId", "ID!").Field("stepId", "ID!").Field("comment", "String").Field("expectedVersion", "Long"))
        .InputObject("RejectGateInput", t => t.Field("runId", "ID!").Field("stepId", "ID!").Field("reason", "String!").Field("expectedVersion", "Long"))
        .InputObject("AnswerStepQuestionInput", t => t.Field("runId", "ID!").Field("stepId", "ID!").Field("questionId", "ID!")
            .Field("answer", "String!", f => f.Description("The answer, 1 to 16000 characters.")).Field("expectedVersion", "Long"));
}
