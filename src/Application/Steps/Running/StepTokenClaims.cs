using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventAgents.Application.Steps.Running;

/// <summary>The signed payload of a step token.</summary>
internal sealed record StepTokenClaims(
    [property: JsonPropertyName("run")] string Run,
    [property: JsonPropertyName("step")] string Step,
    [property: JsonPropertyName("attempt")] int Attempt,
    [property: JsonPropertyName("exp")] long ExpiresAt)
{
    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this);

    public static StepTokenClaims? FromUtf8Json(byte[] json)
    {
        try
        {
            var claims = JsonSerializer.Deserialize<StepTokenClaims>(json);
            return claims is { Run.Length: > 0, Step.Length: > 0 } ? claims : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
