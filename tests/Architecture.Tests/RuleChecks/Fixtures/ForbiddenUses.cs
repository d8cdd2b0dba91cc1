using EventAgents.Engine.Runs;
using Npgsql;

namespace EventAgents.Architecture.Tests.RuleChecks.Fixtures;

/// <summary>
/// Breaks the rules on purpose, for the scanners to find when this test assembly is taken as a product project: it
/// uses the engine and Npgsql, in method bodies and in a lambda (a compiler-generated type) only.
/// </summary>
public static class ForbiddenUses
{
    public static object EngineMessage() => new StepDue("run", "step", 1);

    public static Type DatabaseConnection() => typeof(NpgsqlConnection);

    public static Func<object> ParameterMaker() => () => new NpgsqlParameter();
}
