namespace EventAgents.Platform.GraphQL.AspNetCore.PersistedDocuments;

/// <summary>
/// Persisted documents: clients send <c>extensions.persistedQuery.sha256Hash</c> instead of (or with) the document.
/// With <see cref="AllowRegistration"/> (Apollo's automatic persisted queries) a request with both registers the
/// document; with <see cref="TrustedOnly"/> the endpoint runs only documents already in <see cref="Store"/> (for
/// instance <see cref="TrustedDocuments"/> from the client's manifest), whether sent by hash or as text.
/// </summary>
public sealed class PersistedDocumentOptions
{
    public IPersistedDocumentStore Store { get; set; } = new InMemoryPersistedDocumentStore();

    public bool AllowRegistration { get; set; } = true;

    public bool TrustedOnly { get; set; }

    /// <summary>Only the documents of a manifest, by hash or as text.</summary>
    public static PersistedDocumentOptions Trusted(TrustedDocuments documents) => new() { Store = documents, AllowRegistration = false, TrustedOnly = true };
}
