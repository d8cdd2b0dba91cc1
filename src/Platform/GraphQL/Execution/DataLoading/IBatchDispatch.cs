namespace EventAgents.Platform.GraphQL.Execution.DataLoading;

/// <summary>A loader with keys waiting to be fetched.</summary>
internal interface IBatchDispatch
{
    void Dispatch(CancellationToken cancellationToken);
}
