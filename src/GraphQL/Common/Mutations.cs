using EventAgents.Application.Common.Commanding;
using EventAgents.GraphQL.Auth;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.GraphQL.Common;

/// <summary>The shape every aggregate mutation shares: role check, input, command context, typed errors.</summary>
public static class Mutations
{
    /// <summary>What a mutation resolver gets: the input, the caller, the time, the command context.</summary>
    public sealed record Call(Input Input, ApiPrincipal Caller, DateTimeOffset At, CommandContext Context, CancellationToken Ct);

    /// <summary>Adds a mutation taking <c>input: {inputType}!</c> and answering <paramref name="payloadType"/>.</summary>
    public static ObjectTypeBuilder Command(
        this ObjectTypeBuilder mutation, string name, string inputType, string payloadType, Role role, string description,
        ProductApi api, Func<Call, Task<CommandPayload>> handle) =>
        mutation.Field(name, payloadType + "!", f => f
            .Description($"{description} Needs the {role.ToString().ToLowerInvariant()} role.")
            .Argument("input", inputType + "!")
            .ResolveAsync(async c =>
            {
                var caller = c.Require(role);
                var input = Input.From(c);
                var expected = input.Long("expectedVersion");
                if (expected is < 0)
                {
                    return CommandPayload.Failed(new ValidationUserError("invalid-expected-version", "expectedVersion must be 0 or more.", "expectedVersion", null, null));
                }

                return await handle(new Call(input, caller, api.Clock.GetUtcNow(), new CommandContext(caller.Actor, expected), c.CancellationToken)).ConfigureAwait(false);
            }));

    /// <summary>Adds a payload type: <paramref name="idField"/>, the stream version, the entity read after the change, errors.</summary>
    public static void Payload(SchemaBuilder schema, string name, string idField, string entityField, string entityType,
        Func<ResolveContext, CommandPayload, Task<object?>> entity, string? subIdField = null) =>
        schema.Object(name, t =>
        {
            t.Field(idField, "ID", c => ((CommandPayload)c.Source!).Id);
            if (subIdField is not null)
            {
                t.Field(subIdField, "ID", c => ((CommandPayload)c.Source!).SubId);
            }

            t.Field("version", "Long", f => f.Description("The version after the command: send it back as expectedVersion.").Resolve(c => ((CommandPayload)c.Source!).Version))
                .Field(entityField, entityType, f => f.ResolveAsync(c => entity(c, (CommandPayload)c.Source!)))
                .Field("errors", "[UserError!]!", c => ((CommandPayload)c.Source!).Errors);
        });
}
