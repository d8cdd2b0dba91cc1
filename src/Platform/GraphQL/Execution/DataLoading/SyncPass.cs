namespace EventAgents.Platform.GraphQL.Execution.DataLoading;

/// <summary>Counts the executor frames (object and list completion) on the current thread's synchronous stack, so that
/// batched loads are dispatched once, by the outermost frame, after every sibling had the chance to enqueue its keys.</summary>
internal static class SyncPass
{
    [ThreadStatic]
    private static int _depth;

    public static int Depth => _depth;

    public static void Enter() => _depth++;

    public static void Leave() => _depth--;
}
