using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace EventAgents.Platform.Messaging.Tests;

/// <summary>The library's conventions, checked rather than hoped for.</summary>
public sealed partial class ConventionTests
{
    private static readonly Assembly Library = typeof(MessageWorker).Assembly;

    [Fact]
    public void Every_concrete_class_is_sealed()
    {
        var unsealed = Library.GetTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !t.IsDefined(typeof(CompilerGeneratedAttribute)) && !t.Name.Contains('<', StringComparison.Ordinal))
            .Select(t => t.FullName);

        Assert.Empty(unsealed);
    }

    [Fact]
    public void Each_source_file_declares_one_top_level_type()
    {
        var crowded = SourceFiles()
            .Select(file => (file, types: TopLevelType().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).Distinct().ToList()))
            .Where(x => x.types.Count > 1)
            .Select(x => $"{Path.GetFileName(x.file)}: {string.Join(", ", x.types)}");

        Assert.Empty(crowded);
    }

    [Fact]
    public void Nothing_reads_the_machine_clock_or_blocks_on_a_task()
    {
        var offenders = SourceFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(x => ForbiddenCall().IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.file)}:{x.i + 1}: {x.line.Trim()}");

        Assert.Empty(offenders);
    }

    private static IEnumerable<string> SourceFiles([CallerFilePath] string here = "")
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "../../../src/Platform/Messaging"));
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^(public|internal) [a-z ]*(class|record|interface|struct|enum) (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [GeneratedRegex(@"DateTime(Offset)?\.(Utc)?Now|\.Result\b|\.Wait\(\)|GetAwaiter\(\)\.GetResult\(\)")]
    private static partial Regex ForbiddenCall();
}
