using System.Collections.Concurrent;

namespace EventAgents.Platform.GraphQL.AspNetCore.PersistedDocuments;

/// <summary>Automatic persisted queries kept in memory, at most <paramref name="capacity"/> documents (registration stops when full).</summary>
public sealed class InMemoryPersistedDocumentStore(int capacity = 10_000) : IPersistedDocumentStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    public ValueTask<string?> GetAsync(string sha256Hash, CancellationToken cancellationToken) =>
        new(_documents.TryGetValue(sha256Hash, out var document) ? document : null);

    public ValueTask<bool> SaveAsync(string sha256Hash, string document, CancellationToken cancellationToken) =>
        new(_documents.Count < capacity && _documents.TryAdd(sha256Hash, document) || _documents.ContainsKey(sha256Hash));
}
