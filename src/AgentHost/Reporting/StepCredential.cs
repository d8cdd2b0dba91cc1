namespace EventAgents.AgentHost.Reporting;

/// <summary>
/// The step token the agent presents, renewed when the server sends a fresh one (it does while the agent waits long for a
/// person's answer, so the wait can outlast the token it started with).
/// </summary>
public sealed class StepCredential(string token)
{
    /// <summary>The response header a renewed token comes in (the server's <c>StepTokenCheck.RenewedTokenHeader</c>).</summary>
    public const string RenewedTokenHeader = "X-EventAgents-Step-Token";

    private string current = token;

    /// <summary>The token to present now.</summary>
    public string Token => Volatile.Read(ref current);

    /// <summary>Takes the renewed token the response carries, if any.</summary>
    public void TakeRenewal(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Headers.TryGetValues(RenewedTokenHeader, out var values) && values.FirstOrDefault() is { Length: > 0 } renewed)
        {
            Volatile.Write(ref current, renewed);
        }
    }
}
