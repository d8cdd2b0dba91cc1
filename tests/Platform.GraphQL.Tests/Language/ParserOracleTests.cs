using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Tests.Oracle;
using EventAgents.Platform.GraphQL.Tests.Validation;
using Xunit.Abstractions;

namespace EventAgents.Platform.GraphQL.Tests.Language;

public sealed class ParserOracleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Parse_errors_and_printed_documents_match_graphql_js_on_mutated_inputs()
    {
        var random = new Random(7);
        var seeds = new List<string> { SampleDocuments.KitchenSink, SampleDocuments.SchemaKitchenSink };
        seeds.AddRange(ValidationCorpus.Documents);
        var inputs = Enumerable.Range(0, 3_000)
            .Select(i => i % 10 == 0 ? ParserFuzzTests.RandomText(random) : ParserFuzzTests.Mutate(random, seeds[random.Next(seeds.Count)]))
            .Where(IsWellFormed)
            .ToArray();
        var answers = (await GraphQLJs.RunAsync(new { command = "print", documents = inputs }))!.AsArray();
        var options = new ParserOptions { MaxTokens = int.MaxValue, MaxDepth = 100_000 };
        var mismatches = new List<string>();
        var failures = 0;
        var skipped = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            var answer = answers[i]!;
            var theirsOk = answer["ok"]!.GetValue<bool>();
            try
            {
                var printed = Printer.Print(Parser.Parse(inputs[i], options));
                if (!theirsOk)
                {
                    mismatches.Add($"{inputs[i]}\n  we parsed it; graphql-js: {answer["error"]!["message"]}");
                }
                else if (printed != answer["printed"]!.GetValue<string>())
                {
                    mismatches.Add($"{inputs[i]}\n  printed differently:\n{printed}\n---\n{answer["printed"]}");
                }
            }
            catch (GraphQLSyntaxError error)
            {
                failures++;
                if (theirsOk)
                {
                    if (error.Message.Contains("descriptions are supported only on type definitions", StringComparison.Ordinal))
                    {
                        skipped++;
                        continue;
                    }

                    mismatches.Add($"{inputs[i]}\n  we failed: {error.Message}; graphql-js parsed it");
                    continue;
                }

                var theirs = answer["error"]!;
                var location = theirs["locations"]!.AsArray()[0]!.AsArray();
                var expected = $"{theirs["message"]} @{location[0]}:{location[1]}";
                var actual = $"{error.Message} @{error.Line}:{error.Column}";
                if (expected != actual)
                {
                    mismatches.Add($"{inputs[i]}\n  ours:   {actual}\n  theirs: {expected}");
                }
            }
        }

        output.WriteLine($"{inputs.Length} inputs, {failures} syntax errors, {skipped} skipped (operation descriptions), {mismatches.Count} mismatches");
        Assert.True(inputs.Length > 2_500, $"only {inputs.Length} inputs");
        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches.Take(10)));
    }

    /// <summary>Lone surrogates cannot travel to node as JSON (they become U+FFFD), so such inputs are not comparable.</summary>
    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
