using System.Net;

namespace EventAgents.Platform.Llm.Errors;

/// <summary>
/// A model provider refused or failed a call. The message names the provider, the model and the HTTP status;
/// it never holds the API key.
/// </summary>
public sealed class ModelProviderException : Exception
{
    /// <summary>Creates the exception; <paramref name="inner"/> must already be free of secrets.</summary>
    public ModelProviderException(string provider, string model, int? status, string? providerMessage, TimeSpan? retryAfter, Exception? inner)
        : base(Describe(provider, model, status, providerMessage), inner)
    {
        Provider = provider;
        Model = model;
        Status = status;
        ProviderMessage = providerMessage;
        RetryAfter = retryAfter;
    }

    /// <summary>The provider's configured name.</summary>
    public string Provider { get; }

    /// <summary>The model that was asked for.</summary>
    public string Model { get; }

    /// <summary>The HTTP status, or null when no answer came (connection refused, timeout, broken stream).</summary>
    public int? Status { get; }

    /// <summary>What the provider said, with any secret removed.</summary>
    public string? ProviderMessage { get; }

    /// <summary>How long the provider asked to wait before retrying (429, 503), if it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Whether trying again later may succeed: rate limits, overload, server errors and lost connections.</summary>
    public bool IsTransient => Status is null or 408 or 409 or 429 or >= 500;

    private static string Describe(string provider, string model, int? status, string? providerMessage)
    {
        var answer = status is { } code
            ? $"answered {code} {(Enum.IsDefined(typeof(HttpStatusCode), code) ? ((HttpStatusCode)code).ToString() : "")}".TrimEnd()
            : "gave no answer";
        return providerMessage is { Length: > 0 }
            ? $"Model provider '{provider}' (model '{model}') {answer}: {providerMessage}"
            : $"Model provider '{provider}' (model '{model}') {answer}.";
    }
}
