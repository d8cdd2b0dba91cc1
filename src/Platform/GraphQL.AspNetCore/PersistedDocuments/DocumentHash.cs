using System.Security.Cryptography;
using System.Text;

namespace EventAgents.Platform.GraphQL.AspNetCore.PersistedDocuments;

/// <summary>The hash clients send for a document: lowercase hex SHA-256 of its UTF-8 text.</summary>
public static class DocumentHash
{
    public static string Of(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
