using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.AspNetCore.Http;

/// <summary>Finds which kind of operation a request would run, before running it.</summary>
internal static class OperationKinds
{
    /// <summary>The kind of the operation a request selects, or null when the document does not parse or the name
    /// selects nothing (execution then reports that).</summary>
    public static OperationType? Find(CachedDocument document, string? operationName)
    {
        var operations = document.Operations;
        if (operationName is null)
        {
            return operations.Count == 1 ? operations[0].Operation : null;
        }

        foreach (var operation in operations)
        {
            if (operation.Name?.Value == operationName)
            {
                return operation.Operation;
            }
        }

        return null;
    }
}
