using System.Text.Json;
using System.Text.Json.Nodes;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema.Building;
using EventAgents.Platform.GraphQL.Tests.Oracle;
using EventAgents.Platform.GraphQL.Values;
using Xunit.Abstractions;

namespace EventAgents.Platform.GraphQL.Tests.Execution;

public sealed class ExecutionOracleTests(ITestOutputHelper output)
{
    private const string Sdl = """
        type Query {
          hero: Character
          heroes: [Character]
          strictHeroes: [Character!]!
          droid: Droid
          search: [SearchResult]
          count: Int
          ratio: Float
          label: String
          flag: Boolean
          code: ID
          color: Color
          colors: [Color!]
          broken: Broken
          nested: [[Int]]
          mustHave: String!
          echo(text: String = "default", times: Int! = 1, list: [Int], input: Filter): String
        }

        interface Character {
          id: ID!
          name: String
          friends: [Character]
        }

        type Human implements Character {
          id: ID!
          name: String
          friends: [Character]
          height: Float
          homePlanet: String!
        }

        type Droid implements Character {
          id: ID!
          name: String
          friends: [Character]
          primaryFunction: String
        }

        union SearchResult = Human | Droid

        enum Color { RED GREEN BLUE }

        type Broken {
          notAList: [Int]
          notAnInt: Int
          notAnId: ID
          badEnum: Color
          nonNullNull: String!
          nonNullList: [Int!]
          object: String
        }

        input Filter { color: Color = RED, limit: Int! }
        """;

    private const string Data = """
        {
          "hero": { "__typename": "Human", "id": "1000", "name": "Luke", "height": 1.72, "homePlanet": "Tatooine",
            "friends": [ { "__typename": "Droid", "id": "2001", "name": "R2-D2", "primaryFunction": "Astromech" },
                         { "__typename": "Human", "id": "1002", "name": "Han", "homePlanet": null } ] },
          "heroes": [ { "__typename": "Droid", "id": "2000", "name": "C-3PO" }, null, { "__typename": "Wookiee", "id": "9" }, { "id": "no typename" } ],
          "strictHeroes": [ { "__typename": "Droid", "id": "2000", "name": "C-3PO" }, null ],
          "droid": { "id": 2001, "name": "R2-D2", "friends": [] },
          "search": [ { "__typename": "Droid", "id": "1", "name": "BB-8" }, { "__typename": "Human", "id": "2", "name": "Rey", "homePlanet": "Jakku" } ],
          "count": 42, "ratio": 0.5, "label": 7, "flag": 1, "code": 12345, "color": "GREEN", "colors": ["RED", "BLUE"],
          "broken": { "notAList": 5, "notAnInt": "many", "notAnId": 1.5, "badEnum": "PURPLE", "nonNullNull": null, "nonNullList": [1, null, 3], "object": { "a": 1 } },
          "nested": [[1, 2], null, [null, 4]],
          "mustHave": null,
          "echo": "echoed"
        }
        """;

    private static readonly (string Query, string? Variables)[] Requests =
    [
        ("{ hero { id name ... on Human { height homePlanet } } }", null),
        ("{ hero { name friends { name ... on Droid { primaryFunction } ... on Human { homePlanet } } } }", null),
        ("{ heroes { id __typename } }", null),
        ("{ strictHeroes { id } }", null),
        ("{ droid { id name friends { name } } }", null),
        ("{ search { __typename ... on Human { name homePlanet } ... on Droid { name } } }", null),
        ("{ count ratio label flag code color colors }", null),
        ("{ broken { notAList } }", null),
        ("{ broken { notAnInt notAnId badEnum } }", null),
        ("{ broken { nonNullNull } count }", null),
        ("{ broken { nonNullList } }", null),
        ("{ broken { object } }", null),
        ("{ nested }", null),
        ("{ mustHave count }", null),
        ("{ count @skip(if: true) label @include(if: false) flag }", null),
        ("query ($s: Boolean!) { count @skip(if: $s) label @include(if: $s) }", """{"s":true}"""),
        ("query ($s: Boolean!) { count @skip(if: $s) }", "{}"),
        ("query ($s: Boolean!) { count @skip(if: $s) }", """{"s":"yes"}"""),
        ("query ($f: Filter) { echo(input: $f) }", """{"f":{"limit":"x","extra":1}}"""),
        ("query ($f: Filter) { echo(input: $f) }", """{"f":{"color":"PINK"}}"""),
        ("query ($l: [Int]) { echo(list: $l) }", """{"l":[1,"two",3]}"""),
        ("query ($l: [Int]) { echo(list: $l) }", """{"l":7}"""),
        ("query ($t: Int!) { echo(times: $t) }", """{"t":null}"""),
        ("query ($t: Int! = 3) { echo(times: $t) }", null),
        ("query ($c: Color = RED, $i: ID) { echo(text: $i) }", """{"i":15}"""),
        ("query ($f: Filter!) { echo(input: $f) }", """{"f":[1]}"""),
        ("query ($x: String) { echo(text: $x) }", """{"x":{"a":1}}"""),
        ("{ hero { ...F } } fragment F on Character { id ... on Human { homePlanet } }", null),
        ("{ a: hero { name } b: hero { id } hero { friends { id } } }", null),
        ("{ __typename hero { __typename } }", null),
        ("{ __type(name: \"Color\") { name kind enumValues { name } } }", null),
        ("{ __type(name: \"Filter\") { inputFields { name defaultValue type { name kind ofType { name } } } } }", null),
        ("{ __schema { queryType { name } mutationType { name } types { name } } }", null),
        ("{ __type(name: \"Character\") { possibleTypes { name } fields { name args { name } type { kind name ofType { kind name } } } } }", null),
        ("{ unknownField }", null),
        ("{ hero }", null),
        ("query A { count } query B { label }", null),
        ("{", null),
        ("mutation { x }", null),
        ("subscription { x }", null),
    ];

    [Fact]
    public async Task Execution_results_match_graphql_js()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).Build();
        var executor = new GraphQLExecutor(schema);
        var rootValue = JsonInput.ToClr(JsonDocument.Parse(Data).RootElement);
        var requests = Requests.Select(r => new { query = r.Query, variables = r.Variables is null ? null : JsonNode.Parse(r.Variables) }).ToArray();
        var answers = (await GraphQLJs.RunAsync(new { command = "execute", sdl = Sdl, rootValue = JsonNode.Parse(Data), requests }))!.AsArray();
        var mismatches = new List<string>();
        for (var i = 0; i < Requests.Length; i++)
        {
            var (query, variables) = Requests[i];
            var vars = variables is null ? null : JsonSerializer.Deserialize<Dictionary<string, object?>>(variables);
            var result = await executor.ExecuteAsync(new ExecutionRequest(query) { Variables = vars, RootValue = rootValue });
            var ours = JsonNode.Parse(result.ToJson())!.AsObject();
            var theirs = answers[i]!.AsObject();
            if (!Same(ours["data"], theirs["data"]) || ours.ContainsKey("data") != theirs.ContainsKey("data") || !Same(ours["errors"], theirs["errors"]))
            {
                mismatches.Add($"{query} {variables}\n  ours:   {ours.ToJsonString()}\n  theirs: {theirs.ToJsonString()}");
            }
        }

        output.WriteLine($"{Requests.Length} requests, {mismatches.Count} mismatches");
        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
    }

    private static bool Same(JsonNode? a, JsonNode? b) => JsonNode.DeepEquals(Normalize(a), Normalize(b));

    private static JsonNode? Normalize(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Normalize)]),
        JsonValue value when value.TryGetValue<double>(out var number) => JsonValue.Create(number),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };
}
