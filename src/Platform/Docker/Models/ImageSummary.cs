namespace EventAgents.Platform.Docker;

/// <summary>An image as <c>GET /images/json</c> lists it.</summary>
public sealed record ImageSummary
{
    public string Id { get; init; } = "";

    public IReadOnlyList<string>? RepoTags { get; init; }

    public long Created { get; init; }

    public long Size { get; init; }

    public IReadOnlyDictionary<string, string>? Labels { get; init; }
}

/// <summary>An image as <c>GET /images/{name}/json</c> describes it.</summary>
public sealed record ImageInspection
{
    public string Id { get; init; } = "";

    public IReadOnlyList<string>? RepoTags { get; init; }

    public string? Created { get; init; }

    public long Size { get; init; }

    public string? Os { get; init; }

    public string? Architecture { get; init; }

    public ImageConfig? Config { get; init; }
}

/// <summary>The run configuration baked into an image.</summary>
public sealed record ImageConfig
{
    public IReadOnlyList<string>? Env { get; init; }

    public IReadOnlyList<string>? Cmd { get; init; }

    public IReadOnlyList<string>? Entrypoint { get; init; }

    public string? WorkingDir { get; init; }

    public string? User { get; init; }

    public IReadOnlyDictionary<string, string>? Labels { get; init; }
}

/// <summary>What <c>DELETE /images/{name}</c> did: tags removed and layers deleted.</summary>
public sealed record ImageDeleted(string? Untagged, string? Deleted);
