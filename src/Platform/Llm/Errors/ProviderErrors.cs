using System.ClientModel;
using System.Globalization;
using System.Text.Json;
using Anthropic.Exceptions;
using EventAgents.Platform.Llm.Secrets;

namespace EventAgents.Platform.Llm.Errors;

/// <summary>Turns what the client libraries throw into <see cref="ModelProviderException"/>, scrubbed of the key.</summary>
internal static class ProviderErrors
{
    private const int MaxMessageChars = 1000;

    /// <summary>The typed exception for <paramref name="exception"/>, or null when it is not a provider failure.</summary>
    public static ModelProviderException? Translate(Exception exception, string provider, string model, Secret? key, CancellationToken ct)
    {
        if (exception is ModelProviderException || (exception is OperationCanceledException && ct.IsCancellationRequested))
        {
            return null;
        }

        var (status, message, retryAfter) = exception switch
        {
            ClientResultException result => FromOpenAI(result),
            AnthropicApiException api => ((int?)api.StatusCode, api.ApiMessage ?? api.ResponseBody, null),
            AnthropicServiceException service => (null, service.ApiMessage ?? service.Message, null),
            AnthropicException anthropic => (null, anthropic.Message, null),
            HttpRequestException http => ((int?)http.StatusCode, http.Message, null),
            IOException io => (null, io.Message, null),
            OperationCanceledException => (null, "The request timed out.", (TimeSpan?)null),
            _ => ((int?)null, (string?)null, (TimeSpan?)null),
        };
        if (message is null && status is null)
        {
            return null;
        }

        var inner = key?.AppearsIn(exception.ToString()) == true ? null : exception;
        return new ModelProviderException(provider, model, status, Clip(key?.Redact(message) ?? message), retryAfter, inner);
    }

    private static (int? Status, string? Message, TimeSpan? RetryAfter) FromOpenAI(ClientResultException exception)
    {
        var response = exception.GetRawResponse();
        if (response is null || exception.Status == 0)
        {
            return (null, exception.InnerException?.Message ?? exception.Message, null);
        }

        return (exception.Status, ErrorMessage(response.Content?.ToString()) ?? response.ReasonPhrase, RetryAfter(response.Headers));
    }

    /// <summary><c>error.message</c> of an OpenAI-style error body, or the body itself when it is not one.</summary>
    private static string? ErrorMessage(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error))
            {
                return error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var text) ? text.GetString() : error.ToString();
            }
        }
        catch (JsonException)
        {
        }

        return body;
    }

    private static TimeSpan? RetryAfter(System.ClientModel.Primitives.PipelineResponseHeaders headers)
    {
        if (headers.TryGetValue("retry-after-ms", out var millis) && double.TryParse(millis, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        return headers.TryGetValue("Retry-After", out var seconds) && double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var s)
            ? TimeSpan.FromSeconds(s)
            : null;
    }

    private static string? Clip(string? text) =>
        text is { Length: > MaxMessageChars } ? string.Concat(text.AsSpan(0, MaxMessageChars), "…") : text;
}
