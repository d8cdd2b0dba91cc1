namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>Finds input objects that reference themselves through non-null fields only (such values could never be written).</summary>
internal static class InputCycles
{
    public static void Find(InputObjectType start, List<string> problems)
    {
        var path = new List<InputValue>();
        var onPath = new HashSet<InputObjectType>();
        Visit(start, start, path, onPath, problems, new HashSet<InputObjectType>());
    }

    private static void Visit(InputObjectType start, InputObjectType current, List<InputValue> path, HashSet<InputObjectType> onPath, List<string> problems, HashSet<InputObjectType> done)
    {
        if (!onPath.Add(current) || !done.Add(current))
        {
            return;
        }

        foreach (var field in current.Fields)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType next })
            {
                continue;
            }

            path.Add(field);
            if (ReferenceEquals(next, start))
            {
                var pathText = string.Join(".", path.Select(f => f.Name));
                problems.Add($"Cannot reference Input Object \"{start.Name}\" within itself through a series of non-null fields: \"{pathText}\".");
            }
            else
            {
                Visit(start, next, path, onPath, problems, done);
            }

            path.RemoveAt(path.Count - 1);
        }

        onPath.Remove(current);
    }
}
