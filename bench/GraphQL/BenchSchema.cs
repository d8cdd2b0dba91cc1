using EventAgents.Platform.GraphQL.Schema;
using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.Bench.GraphQL;

/// <summary>The benchmark schema and data, the same shape as node/schema.mjs: user(id) { id name email } over an in-memory map.</summary>
internal static class BenchSchema
{
    public const string Query = """{ user(id: "7") { id name email } }""";

    public static GraphQLSchema Create()
    {
        var users = Enumerable.Range(0, 100).ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            i => new User(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"User {i}", $"user{i}@example.com"));
        return new SchemaBuilder()
            .Object("Query", q => q.Field("user", "User", f => f.Argument("id", "ID!")
                .Resolve(c => users.GetValueOrDefault(c.GetArgument<string>("id")!))))
            .Object("User", u => u.Field("id", "ID!").Field("name", "String!").Field("email", "String!"))
            .Build();
    }

    internal sealed record User(string Id, string Name, string Email);
}
