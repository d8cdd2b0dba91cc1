namespace EventAgents.Platform.Llm.Providers;

/// <summary>A model reference resolved against the configured providers.</summary>
/// <param name="Provider">The provider that serves it.</param>
/// <param name="Model">The model, the provider's default filled in.</param>
public sealed record ResolvedModel(ProviderSettings Provider, string Model)
{
    /// <inheritdoc />
    public override string ToString() => $"{Provider.Name}/{Model}";
}
