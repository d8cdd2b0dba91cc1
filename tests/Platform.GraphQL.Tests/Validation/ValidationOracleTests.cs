using System.Text.Json.Nodes;
using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema.Building;
using EventAgents.Platform.GraphQL.Tests.Oracle;
using EventAgents.Platform.GraphQL.Tests.Schema;
using EventAgents.Platform.GraphQL.Validation;
using Xunit.Abstractions;

namespace EventAgents.Platform.GraphQL.Tests.Validation;

public sealed class ValidationOracleTests(ITestOutputHelper output)
{
    private const int GeneratedCount = 400;

    [Fact]
    public async Task Our_validation_matches_graphql_js_on_hundreds_of_documents()
    {
        var schema = SchemaBuilder.FromSdl(TestSchemas.Harness).Build();
        var generator = new DocumentGenerator(schema, seed: 20261121);
        var cleanGenerator = new DocumentGenerator(schema, seed: 7, clean: true);
        var documents = ValidationCorpus.Documents
            .Concat(Enumerable.Range(0, GeneratedCount).Select(_ => generator.Next()))
            .Concat(Enumerable.Range(0, GeneratedCount / 2).Select(_ => cleanGenerator.Next()))
            .ToArray();
        var answers = (await GraphQLJs.RunAsync(new { command = "validate", sdl = TestSchemas.Harness, documents }))!.AsArray();

        var compared = 0;
        var invalid = 0;
        var mismatches = new List<string>();
        var messageMismatches = new List<string>();
        for (var i = 0; i < documents.Length; i++)
        {
            var answer = answers[i]!;
            DocumentNode document;
            try
            {
                document = Parser.Parse(documents[i]);
            }
            catch (GraphQLSyntaxError error)
            {
                if (answer["parsed"]!.GetValue<bool>())
                {
                    mismatches.Add($"{documents[i]}\n  we failed to parse: {error.Message}");
                }

                continue;
            }

            if (!answer["parsed"]!.GetValue<bool>())
            {
                mismatches.Add($"{documents[i]}\n  graphql-js failed to parse: {answer["error"]}");
                continue;
            }

            if (answer["crashed"] is not null)
            {
                continue;
            }

            compared++;
            var errors = DocumentValidator.Validate(schema, document);
            var ours = errors.Select(e => e.Rule!).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToList();
            var theirs = answer["rules"]!.AsArray().Select(r => r!.GetValue<string>()).OrderBy(r => r, StringComparer.Ordinal).ToList();
            if (theirs.Count > 0)
            {
                invalid++;
            }

            if (!ours.SequenceEqual(theirs))
            {
                mismatches.Add($"{documents[i]}\n  ours:   {string.Join(", ", ours)}\n  theirs: {string.Join(", ", theirs)}\n  our messages: {string.Join(" | ", errors.Select(e => e.Message))}\n  their messages: {Messages(answer)}");
                continue;
            }

            var ourMessages = errors.Select(e => e.Message + " @" + string.Join(";", e.Locations.Select(l => $"{l.Line}:{l.Column}"))).OrderBy(m => m, StringComparer.Ordinal);
            var theirMessages = answer["errors"]!.AsArray()
                .Select(e => e!["message"]!.GetValue<string>() + " @" + string.Join(";", e["locations"]!.AsArray().Select(l => $"{l![0]}:{l[1]}")))
                .OrderBy(m => m, StringComparer.Ordinal);
            if (!ourMessages.SequenceEqual(theirMessages))
            {
                messageMismatches.Add($"{documents[i]}\n  ours:   {string.Join(" | ", ourMessages)}\n  theirs: {string.Join(" | ", theirMessages)}");
            }
        }

        output.WriteLine($"compared {compared} documents, {invalid} invalid per graphql-js; {mismatches.Count} rule mismatches, {messageMismatches.Count} message mismatches");
        Assert.True(compared >= 300, $"only {compared} documents compared");
        Assert.True(invalid >= 100, $"only {invalid} invalid documents");
        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches.Take(15)));
        Assert.True(messageMismatches.Count == 0, string.Join("\n\n", messageMismatches.Take(15)));
    }

    private static string Messages(JsonNode answer) =>
        string.Join(" | ", answer["errors"]!.AsArray().Select(e => e!["message"]!.GetValue<string>()));
}
