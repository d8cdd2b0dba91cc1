namespace EventAgents.Platform.GraphQL.Validation.Limits;

/// <summary>The size of a selection set once fragments are expanded.</summary>
internal readonly record struct OperationMeasure(int Depth, long Fields, long Aliases, long Cost)
{
    public static OperationMeasure Zero => default;

    public OperationMeasure Plus(OperationMeasure other) => new(
        Math.Max(Depth, other.Depth),
        Saturate(Fields + other.Fields),
        Saturate(Aliases + other.Aliases),
        Saturate(Cost + other.Cost));

    public static long Saturate(long value) => value < 0 || value > int.MaxValue ? int.MaxValue : value;
}
