using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace EventAgents.Application.Steps.Running;

/// <summary>
/// Issues and validates short-lived step tokens: <c>v1.&lt;payload&gt;.&lt;signature&gt;</c>, where the payload names
/// the run, step, attempt and expiry and the signature is HMAC-SHA256 over the rest with the server's secret.
/// </summary>
public sealed class StepTokens
{
    private const string Version = "v1";
    private const int MinimumSecretBytes = 32;
    private readonly byte[] secret;
    private readonly TimeProvider time;

    /// <summary>Creates the issuer with the server's secret (at least 32 random bytes) and a clock.</summary>
    public StepTokens(ReadOnlySpan<byte> secret, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (secret.Length < MinimumSecretBytes)
        {
            throw new ArgumentException($"The step token secret must have at least {MinimumSecretBytes} bytes.", nameof(secret));
        }

        this.secret = secret.ToArray();
        this.time = time;
    }

    /// <summary>A token for <paramref name="scope"/> that expires after <paramref name="lifetime"/>.</summary>
    public string Issue(StepTokenScope scope, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        var claims = new StepTokenClaims(scope.RunId, scope.StepId, scope.Attempt, (time.GetUtcNow() + lifetime).ToUnixTimeSeconds());
        var unsigned = $"{Version}.{Base64Url.EncodeToString(claims.ToUtf8Json())}";
        return $"{unsigned}.{Base64Url.EncodeToString(Sign(unsigned))}";
    }

    /// <summary>Checks the signature first (in constant time), then the expiry.</summary>
    public StepTokenCheck Validate(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return StepTokenCheck.Refused(StepTokenStatus.Missing);
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Version || !TryDecode(parts[1], out var payload) || !TryDecode(parts[2], out var signature))
        {
            return StepTokenCheck.Refused(StepTokenStatus.Malformed);
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign($"{parts[0]}.{parts[1]}")))
        {
            return StepTokenCheck.Refused(StepTokenStatus.Forged);
        }

        if (StepTokenClaims.FromUtf8Json(payload) is not { } claims)
        {
            return StepTokenCheck.Refused(StepTokenStatus.Malformed);
        }

        return time.GetUtcNow().ToUnixTimeSeconds() >= claims.ExpiresAt
            ? StepTokenCheck.Refused(StepTokenStatus.Expired)
            : new StepTokenCheck(StepTokenStatus.Valid, new StepTokenScope(claims.Run, claims.Step, claims.Attempt))
            {
                ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(claims.ExpiresAt),
            };
    }

    private byte[] Sign(string unsigned) => HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(unsigned));

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || !Base64Url.IsValid(text, out var length))
        {
            return false;
        }

        bytes = new byte[length];
        return Base64Url.TryDecodeFromChars(text, bytes, out _);
    }
}
