namespace EventAgents.Platform.Llm.Secrets;

/// <summary>Looks secrets up by reference.</summary>
public interface ISecretSource
{
    /// <summary>The secret, or null when the store has nothing under that reference.</summary>
    Secret? Find(SecretReference reference);
}
