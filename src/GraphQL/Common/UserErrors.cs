using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.GraphQL.Common;

/// <summary>An expected reason a mutation did not happen, returned in its payload's <c>errors</c>.</summary>
public abstract record UserError(string Code, string Message);

/// <summary>What the mutation refers to does not exist.</summary>
public sealed record NotFoundUserError(string Code, string Message) : UserError(Code, Message);

/// <summary>The domain refused the command in the current state.</summary>
public sealed record RefusedUserError(string Code, string Message) : UserError(Code, Message);

/// <summary>The client's expected version is not the current one.</summary>
public sealed record ConflictUserError(string Subject, long ExpectedVersion, long ActualVersion)
    : UserError("conflict", $"{Subject} is at version {ActualVersion}, not {ExpectedVersion}; reload and retry.");

/// <summary>The input is malformed; line and column locate it in a document (1-based).</summary>
public sealed record ValidationUserError(string Code, string Message, string? Path, int? Line, int? Column) : UserError(Code, Message);

/// <summary>The error types of the schema.</summary>
public static class UserErrors
{
    public static void Add(SchemaBuilder schema) => schema
        .Interface("UserError", t => t
            .Description("Why a mutation did not happen. Switch on __typename, or on code.")
            .Field("code", "String!", f => f.Description("A stable code such as run.not-running."))
            .Field("message", "String!"))
        .Object("NotFoundError", t => t.ClrType<NotFoundUserError>().Implements("UserError")
            .Field("code", "String!").Field("message", "String!"))
        .Object("RefusedError", t => t.ClrType<RefusedUserError>().Implements("UserError")
            .Field("code", "String!").Field("message", "String!"))
        .Object("ConflictError", t => t.ClrType<ConflictUserError>().Implements("UserError")
            .Description("The stream moved on since the client read it: reload and decide again.")
            .Field("code", "String!").Field("message", "String!")
            .Field("expectedVersion", "Long!").Field("actualVersion", "Long!"))
        .Object("ValidationError", t => t.ClrType<ValidationUserError>().Implements("UserError")
            .Field("code", "String!").Field("message", "String!")
            .Field("path", "String", f => f.Description("Where in the input, e.g. steps[2].on_result.fail."))
            .Field("line", "Int").Field("column", "Int"));
}
