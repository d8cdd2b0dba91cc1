using EventAgents.AgentHost.Configuration;
using Microsoft.Extensions.AI;

namespace EventAgents.AgentHost.Models;

/// <summary>Picks the model client named by the step configuration.</summary>
public static class ChatClients
{
    /// <summary>The client for <paramref name="configuration"/>; only <c>scripted</c> exists so far.</summary>
    public static IChatClient Create(StepConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.Model switch
        {
            "scripted" => new ScriptedChatClient(configuration.Script ?? []),
            _ => throw new InvalidDataException($"Unknown model '{configuration.Model}'; the only model so far is 'scripted'."),
        };
    }
}
