namespace EventAgents.Platform.GraphQL.Execution.DataLoading;

/// <summary>Tracks, per thread, the executor frames (object and list completion) of the request running synchronously on it,
/// so that the outermost frame of a pass over a level of the response can be told apart from the frames nested in it,
/// even when a continuation of one request runs inline inside a frame of another.</summary>
internal static class SyncPass
{
    [ThreadStatic]
    private static object? _owner;

    [ThreadStatic]
    private static int _depth;

    /// <summary>Enters a frame of a request; <paramref name="outermost"/> tells whether it is the request's outermost frame on this thread.</summary>
    public static (object? Owner, int Depth) Enter(object owner, out bool outermost)
    {
        var saved = (_owner, _depth);
        if (!ReferenceEquals(_owner, owner))
        {
            _owner = owner;
            _depth = 0;
        }

        outermost = _depth++ == 0;
        return saved;
    }

    /// <summary>Restores the state saved by <see cref="Enter"/>.</summary>
    public static void Leave((object? Owner, int Depth) saved) => (_owner, _depth) = saved;
}
