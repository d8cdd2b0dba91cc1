using EventAgents.GraphQL.Common;
using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.GraphQL.Auth;

/// <summary>Listing, creating and revoking API keys (admin).</summary>
public static class ApiKeyFields
{
    public static void Add(SchemaBuilder schema, ProductApi api)
    {
        schema.Object("ApiKey", t => t.ClrType<ApiKeyInfo>()
            .Field("keyId", "ID!").Field("name", "String!").Field("role", "Role!").Field("createdAt", "DateTime!").Field("revokedAt", "DateTime"));
        schema.Object("CreateApiKeyPayload", t => t.ClrType<CreateApiKeyPayload>()
            .Field("key", "String", f => f.Description("The key itself: shown only in this response, store it now."))
            .Field("apiKey", "ApiKey")
            .Field("errors", "[UserError!]!"));
        schema.Object("RevokeApiKeyPayload", t => t.ClrType<RevokeApiKeyPayload>()
            .Field("keyId", "ID")
            .Field("errors", "[UserError!]!"));
        schema.InputObject("CreateApiKeyInput", t => t.Field("name", "String!").Field("role", "Role!"));
        schema.InputObject("RevokeApiKeyInput", t => t.Field("keyId", "ID!"));
        schema.Object("Query", q => q.Field("apiKeys", "[ApiKey!]!", f => f
            .Description("Every API key (never the keys themselves).")
            .ResolveAsync(c =>
            {
                c.Require(Role.Admin);
                return api.Keys.ListAsync(c.CancellationToken);
            })));
        schema.Object("Mutation", m => m
            .Field("createApiKey", "CreateApiKeyPayload!", f => f.Argument("input", "CreateApiKeyInput!").ResolveAsync(async c =>
            {
                c.Require(Role.Admin);
                var input = Input.From(c);
                var name = input.Text("name") ?? "";
                if (name.Trim().Length is 0 or > 100)
                {
                    return new CreateApiKeyPayload(null, null, [new ValidationUserError("api-key.invalid-name", "name must be 1 to 100 characters.", "name", null, null)]);
                }

                var (info, key) = await api.Keys.CreateAsync(name, input.Enum<Role>("role") ?? Role.Viewer, c.CancellationToken).ConfigureAwait(false);
                return new CreateApiKeyPayload(key, info, []);
            }))
            .Field("revokeApiKey", "RevokeApiKeyPayload!", f => f.Argument("input", "RevokeApiKeyInput!").ResolveAsync(async c =>
            {
                c.Require(Role.Admin);
                var keyId = Input.From(c).Required("keyId");
                return await api.Keys.RevokeAsync(keyId, c.CancellationToken).ConfigureAwait(false)
                    ? new RevokeApiKeyPayload(keyId, [])
                    : new RevokeApiKeyPayload(null, [new NotFoundUserError("api-key.not-found", $"No active API key has id '{keyId}'.")]);
            })));
    }
}

public sealed record CreateApiKeyPayload(string? Key, ApiKeyInfo? ApiKey, IReadOnlyList<UserError> Errors);

public sealed record RevokeApiKeyPayload(string? KeyId, IReadOnlyList<UserError> Errors);
