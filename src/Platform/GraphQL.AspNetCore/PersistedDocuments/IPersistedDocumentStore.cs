namespace EventAgents.Platform.GraphQL.AspNetCore.PersistedDocuments;

/// <summary>Documents by the lowercase hex SHA-256 of their text.</summary>
public interface IPersistedDocumentStore
{
    /// <summary>The document with this hash, or null.</summary>
    ValueTask<string?> GetAsync(string sha256Hash, CancellationToken cancellationToken);

    /// <summary>Remembers a document whose hash was checked; returns false when the store takes no new documents.</summary>
    ValueTask<bool> SaveAsync(string sha256Hash, string document, CancellationToken cancellationToken);
}
