namespace EventAgents.Platform.Docker;

/// <summary>How to build an image from a context tarball (<c>POST /build</c>).</summary>
/// <param name="Tag">The name (and tag) the image gets, such as <c>agent-runtime:1</c>.</param>
public sealed record ImageBuildParameters(string Tag)
{
    /// <summary>The Dockerfile's path inside the context.</summary>
    public string Dockerfile { get; init; } = "Dockerfile";

    /// <summary>Values for the Dockerfile's <c>ARG</c>s.</summary>
    public IReadOnlyDictionary<string, string>? BuildArgs { get; init; }

    /// <summary>Labels set on the image.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>Build without the layer cache.</summary>
    public bool NoCache { get; init; }

    /// <summary>Never try to pull the base image (the engine may have no registry).</summary>
    public bool Pull { get; init; }
}

/// <summary>One line of a build's progress, as the engine streamed it.</summary>
public sealed record BuildProgress(string Text);
