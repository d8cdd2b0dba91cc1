namespace EventAgents.Platform.GraphQL.AspNetCore.Http;

/// <summary>A request that is not a well-formed GraphQL-over-HTTP request (before any GraphQL processing).</summary>
internal sealed class RequestError : Exception
{
    public RequestError(string message, int statusCode = 400, string? code = null)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    public RequestError()
    {
    }

    public RequestError(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RequestError(string message)
        : base(message)
    {
    }

    /// <summary>The HTTP status code the error is answered with.</summary>
    public int StatusCode { get; } = 400;

    /// <summary>A machine-readable code for the error's <c>extensions.code</c>, when it has one.</summary>
    public string? Code { get; }
}
