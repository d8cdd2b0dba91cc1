using System.Globalization;
using System.Text;
using RabbitMQ.Client;

namespace EventAgents.Platform.Messaging;

/// <summary>Envelope fields and failure details carried as AMQP properties and headers.</summary>
internal static class RabbitMqHeaders
{
    public const string Attempts = "ea-attempts";
    public const string EnqueuedAt = "ea-enqueued-at";
    public const string DeliverAt = "ea-deliver-at";
    public const string Causation = "ea-causation-id";
    public const string Headers = "ea-headers";
    public const string Queue = "ea-queue";
    public const string ExceptionType = "ea-exception-type";
    public const string ExceptionMessage = "ea-exception-message";
    public const string ExceptionStack = "ea-exception-stack";
    public const string FailedAt = "ea-failed-at";

    public static BasicProperties Write(Envelope envelope, int attempts, MessageFailure? failure = null, DateTimeOffset? failedAt = null)
    {
        var headers = new Dictionary<string, object?>
        {
            [Attempts] = attempts,
            [EnqueuedAt] = envelope.EnqueuedAt.ToUnixTimeMilliseconds(),
            [DeliverAt] = envelope.DeliverAt.ToUnixTimeMilliseconds(),
            [Queue] = envelope.Queue,
        };
        AddIfSet(headers, Causation, envelope.CausationId);
        AddIfSet(headers, Headers, HeadersJson.Write(envelope.Headers));
        if (failure is not null)
        {
            headers[ExceptionType] = failure.ExceptionType;
            headers[ExceptionMessage] = failure.Message;
            headers[ExceptionStack] = failure.StackTrace;
            headers[FailedAt] = (failedAt ?? DateTimeOffset.UnixEpoch).ToUnixTimeMilliseconds();
        }

        return new BasicProperties
        {
            MessageId = envelope.MessageId.ToString(),
            Type = envelope.MessageType,
            CorrelationId = envelope.CorrelationId,
            ContentType = "application/json",
            Persistent = true,
            Headers = headers,
        };
    }

    public static string? String(IReadOnlyBasicProperties properties, string name) =>
        properties.Headers?.TryGetValue(name, out var value) == true ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            string text => text,
            null => null,
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        } : null;

    public static long Long(IReadOnlyBasicProperties properties, string name) =>
        properties.Headers?.TryGetValue(name, out var value) == true && value is not null
            ? Convert.ToInt64(value, CultureInfo.InvariantCulture)
            : 0;

    private static void AddIfSet(Dictionary<string, object?> headers, string name, string? value)
    {
        if (value is not null)
        {
            headers[name] = value;
        }
    }
}
