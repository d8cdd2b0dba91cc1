namespace EventAgents.Architecture.Tests.Product;

/// <summary>Where the repository is: the folder above the tests that holds EventAgents.sln.</summary>
public static class Repository
{
    public static string Root { get; } = Find(AppContext.BaseDirectory);

    private static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EventAgents.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No EventAgents.sln above {start}.");
    }
}
