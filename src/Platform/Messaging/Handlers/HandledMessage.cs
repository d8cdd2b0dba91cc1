using EventAgents.Platform.EventStore;

namespace EventAgents.Platform.Messaging;

/// <summary>A handler's outcome, with the aggregate's events turned into an append at the version it was loaded at.</summary>
internal sealed record HandledMessage(Outcome Outcome, IReadOnlyList<StreamAppend> Appends)
{
    public static HandledMessage From(Outcome outcome)
    {
        if (outcome.Events.Count > 0)
        {
            throw new InvalidOperationException(
                "Only aggregate handlers return Outcome.Events (for the stream they loaded); other handlers use Outcome.AndAppend.");
        }

        return new HandledMessage(outcome, outcome.Appends);
    }
}
