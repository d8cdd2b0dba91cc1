using System.Security.Cryptography;
using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Tests.Support;

namespace EventAgents.Engine.Tests;

public sealed class StepTokensTests
{
    private static readonly byte[] Secret = RandomNumberGenerator.GetBytes(32);
    private readonly ManualTimeProvider time = new(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_token_carries_its_scope_until_it_expires()
    {
        var tokens = new StepTokens(Secret, time);
        var token = tokens.Issue(new StepTokenScope("run-1", "plan", 3), TimeSpan.FromMinutes(5));
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds((time.GetUtcNow() + TimeSpan.FromMinutes(5)).ToUnixTimeSeconds());

        Assert.Equal(new StepTokenCheck(StepTokenStatus.Valid, new StepTokenScope("run-1", "plan", 3)) { ExpiresAt = expiresAt }, tokens.Validate(token));
        time.Advance(TimeSpan.FromMinutes(4));
        Assert.True(tokens.Validate(token).IsValid);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(StepTokenStatus.Expired, tokens.Validate(token).Status);
    }

    [Fact]
    public void A_token_signed_with_another_secret_is_forged()
    {
        var other = new StepTokens(RandomNumberGenerator.GetBytes(32), time);
        var token = other.Issue(new StepTokenScope("run-1", "plan", 1), TimeSpan.FromMinutes(5));

        Assert.Equal(StepTokenStatus.Forged, new StepTokens(Secret, time).Validate(token).Status);
    }

    [Fact]
    public void A_token_whose_payload_was_changed_is_forged()
    {
        var tokens = new StepTokens(Secret, time);
        var token = tokens.Issue(new StepTokenScope("run-1", "plan", 1), TimeSpan.FromMinutes(5));
        var other = tokens.Issue(new StepTokenScope("run-1", "deploy", 1), TimeSpan.FromMinutes(5));
        var spliced = string.Join('.', other.Split('.')[0], other.Split('.')[1], token.Split('.')[2]);

        Assert.Equal(StepTokenStatus.Forged, tokens.Validate(spliced).Status);
    }

    [Theory]
    [InlineData(null, StepTokenStatus.Missing)]
    [InlineData("", StepTokenStatus.Missing)]
    [InlineData("garbage", StepTokenStatus.Malformed)]
    [InlineData("v1..", StepTokenStatus.Malformed)]
    [InlineData("v2.eyJ9.AAAA", StepTokenStatus.Malformed)]
    [InlineData("v1.eyJydW4iOiJyIn0.AAAA", StepTokenStatus.Forged)]
    public void Missing_and_malformed_tokens_are_refused(string? token, StepTokenStatus status) =>
        Assert.Equal(new StepTokenCheck(status, null), new StepTokens(Secret, time).Validate(token));

    [Fact]
    public void A_short_secret_is_refused() =>
        Assert.Throws<ArgumentException>(() => new StepTokens(new byte[16], time));
}
