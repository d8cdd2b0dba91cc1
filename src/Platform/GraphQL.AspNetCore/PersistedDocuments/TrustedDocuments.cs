using System.Collections.Frozen;
using System.Text.Json;

namespace EventAgents.Platform.GraphQL.AspNetCore.PersistedDocuments;

/// <summary>
/// A fixed set of trusted documents from a manifest built with the client: either Apollo's persisted query manifest
/// (<c>{"format": "apollo-persisted-query-manifest", "operations": [{"id": hash, "body": document}, ...]}</c>) or a plain
/// object of hash to document. Every hash is checked against its document when loaded. Takes no new documents.
/// </summary>
public sealed class TrustedDocuments : IPersistedDocumentStore
{
    private readonly FrozenDictionary<string, string> _documents;

    private TrustedDocuments(FrozenDictionary<string, string> documents) => _documents = documents;

    public int Count => _documents.Count;

    public static TrustedDocuments FromFile(string path) => FromJson(File.ReadAllText(path));

    /// <exception cref="FormatException">The manifest is not one of the two shapes, or a hash does not match its document.</exception>
    public static TrustedDocuments FromJson(string json)
    {
        using var manifest = JsonDocument.Parse(json);
        var root = manifest.RootElement;
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("operations", out var operations) && operations.ValueKind == JsonValueKind.Array)
        {
            foreach (var operation in operations.EnumerateArray())
            {
                Add(documents, Text(operation, "id"), Text(operation, "body"));
            }
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in root.EnumerateObject())
            {
                Add(documents, entry.Name, entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString()! : throw new FormatException($"Document '{entry.Name}' is not a string."));
            }
        }
        else
        {
            throw new FormatException("A trusted document manifest is a JSON object.");
        }

        return new TrustedDocuments(documents.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public ValueTask<string?> GetAsync(string sha256Hash, CancellationToken cancellationToken) =>
        new(_documents.TryGetValue(sha256Hash, out var document) ? document : null);

    public ValueTask<bool> SaveAsync(string sha256Hash, string document, CancellationToken cancellationToken) => new(false);

    private static void Add(Dictionary<string, string> documents, string hash, string document)
    {
        if (DocumentHash.Of(document) != hash.ToLowerInvariant())
        {
            throw new FormatException($"Trusted document '{hash}' does not match the SHA-256 of its text.");
        }

        documents[hash.ToLowerInvariant()] = document;
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"Each operation of the manifest needs a string \"{name}\".");
}
