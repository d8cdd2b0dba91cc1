using System.Net;

namespace EventAgents.Platform.Docker;

/// <summary>The engine answered a request with an error status; carries the status and the engine's own message.</summary>
public sealed class DockerEngineException : Exception
{
    /// <summary>Creates the exception for a failed request.</summary>
    public DockerEngineException(HttpStatusCode statusCode, string engineMessage, string request)
        : base($"The container engine refused {request}: {(int)statusCode} {engineMessage}")
    {
        StatusCode = statusCode;
        EngineMessage = engineMessage;
    }

    /// <summary>Creates the exception for an error reported inside a streamed response (such as a failed build step).</summary>
    public DockerEngineException(string engineMessage, string request)
        : base($"The container engine failed {request}: {engineMessage}")
    {
        StatusCode = HttpStatusCode.OK;
        EngineMessage = engineMessage;
    }

    /// <summary>The HTTP status the engine answered with (200 for an error inside a stream).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The engine's message, as it sent it.</summary>
    public string EngineMessage { get; }

    /// <summary>True when the container, image or other object named in the request does not exist.</summary>
    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

    /// <summary>True when the request conflicts with the object's state (such as killing a stopped container).</summary>
    /// <remarks>podman's compatible API answers some of these with 500 and "container state improper".</remarks>
    public bool IsConflict =>
        StatusCode == HttpStatusCode.Conflict
        || (StatusCode == HttpStatusCode.InternalServerError && EngineMessage.Contains("state improper", StringComparison.Ordinal));
}
