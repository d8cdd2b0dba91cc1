namespace EventAgents.Projections;

/// <summary>A text[] parameter. A bare string[] passed to a params object[] would be spread into separate parameters.</summary>
public sealed record TextArray(string[] Values)
{
    public static TextArray Of(IEnumerable<string> values) => new([.. values]);
}
