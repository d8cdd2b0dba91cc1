using EventAgents.Architecture.Tests.Rules;

namespace EventAgents.Architecture.Tests.Checks;

/// <summary>One test case per rule.</summary>
public static class RuleCases
{
    public static TheoryData<string> All()
    {
        var cases = new TheoryData<string>();
        foreach (var name in ProductRules.Names)
        {
            cases.Add(name);
        }

        return cases;
    }
}
