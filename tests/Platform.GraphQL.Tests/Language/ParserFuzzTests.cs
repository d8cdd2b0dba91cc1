using System.Diagnostics;
using System.Text;
using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema.Building;
using EventAgents.Platform.GraphQL.Tests.Schema;
using EventAgents.Platform.GraphQL.Tests.Validation;
using EventAgents.Platform.GraphQL.Validation;
using Xunit.Abstractions;

namespace EventAgents.Platform.GraphQL.Tests.Language;

public sealed class ParserFuzzTests(ITestOutputHelper output)
{
    private const int Iterations = 100_000;
    private static readonly string Alphabet = "{}()[]!$&:=@|.\"\\#,\n\r\t -_0123456789eE+abcdxyzONquerymutationfragment\u00e9\u2028\ud83d\ude00\ufeff\u0000\u0007'";

    [Fact]
    public void Random_and_mutated_inputs_never_crash_the_parser_and_finish_in_bounded_time()
    {
        var random = new Random(42);
        var schema = SchemaBuilder.FromSdl(TestSchemas.Harness).Build();
        var seeds = new List<string> { SampleDocuments.KitchenSink, SampleDocuments.SchemaKitchenSink };
        seeds.AddRange(ValidationCorpus.Documents);
        var options = new ParserOptions { MaxTokens = 2_000, MaxDepth = 64 };
        var parsed = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Iterations; i++)
        {
            var input = i % 10 == 0 ? RandomText(random) : Mutate(random, seeds[random.Next(seeds.Count)]);
            DocumentNode document;
            try
            {
                document = Parser.Parse(input, options);
            }
            catch (GraphQLSyntaxError error)
            {
                Assert.InRange(error.Line, 1, input.Length + 1);
                Assert.InRange(error.Column, 1, input.Length + 1);
                continue;
            }

            parsed++;
            var printed = Printer.Print(document);
            Assert.Equal(printed, Printer.Print(Parser.Parse(printed, new ParserOptions { MaxTokens = 100_000, MaxDepth = 64 })));
            if (i % 7 == 0)
            {
                _ = DocumentValidator.Validate(schema, document);
            }
        }

        output.WriteLine($"{Iterations} inputs, {parsed} parsed, {watch.ElapsedMilliseconds} ms");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(120), $"took {watch.Elapsed}");
    }

    internal static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(1, 80);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }

    internal static string Mutate(Random random, string seed)
    {
        var text = new StringBuilder(seed);
        var mutations = random.Next(1, 4);
        for (var m = 0; m < mutations && text.Length > 0; m++)
        {
            var position = random.Next(text.Length);
            switch (random.Next(5))
            {
                case 0:
                    text.Remove(position, Math.Min(random.Next(1, 8), text.Length - position));
                    break;
                case 1:
                    text.Insert(position, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 2:
                    var length = Math.Min(random.Next(1, 30), text.Length - position);
                    text.Insert(random.Next(text.Length), text.ToString(position, length));
                    break;
                case 3:
                    text[position] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                default:
                    text.Insert(position, new string('[', random.Next(1, 100)));
                    break;
            }
        }

        return text.ToString();
    }
}
