namespace EventAgents.Platform.Llm.Usage;

/// <summary>
/// Where metered clients record their calls: a running total, and <see cref="CallRecorded"/> raised once per call
/// (on the calling thread, after the total includes it).
/// </summary>
public sealed class UsageLedger
{
    private readonly Lock gate = new();
    private UsageTotals totals = UsageTotals.None;

    /// <summary>Raised after each call with its usage and cost.</summary>
    public event EventHandler<ModelCall>? CallRecorded;

    /// <summary>The totals so far.</summary>
    public UsageTotals Totals
    {
        get
        {
            lock (gate)
            {
                return totals;
            }
        }
    }

    /// <summary>Adds <paramref name="call"/> to the totals and tells the subscribers.</summary>
    public void Record(ModelCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        lock (gate)
        {
            totals = totals.Add(call);
        }

        CallRecorded?.Invoke(this, call);
    }
}
