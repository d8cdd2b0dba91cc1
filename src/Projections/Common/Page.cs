namespace EventAgents.Projections;

/// <summary>One page of a list ordered by <c>seq</c>: the rows and whether more follow.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, bool HasNextPage, bool HasPreviousPage)
    where T : ISequenced;

/// <summary>A row with a stable place in its list: the global position of the event that created it.</summary>
public interface ISequenced
{
    long Seq { get; }
}
