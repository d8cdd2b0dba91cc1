using System.Collections.Concurrent;
using EventAgents.Platform.GraphQL.AspNetCore.Context;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;

/// <summary>Tokens that can be revoked (or whose check breaks) while a connection is open; counts the checks per token.</summary>
public sealed class TestCredentials
{
    private const string Prefix = "Bearer token-";
    private readonly ConcurrentDictionary<string, Token> _tokens = new(StringComparer.Ordinal);

    /// <summary>A new valid token, as the Authorization value.</summary>
    public string Issue()
    {
        var authorization = Prefix + Guid.NewGuid().ToString("N");
        _tokens[authorization] = new Token();
        return authorization;
    }

    public void Revoke(string authorization) => _tokens[authorization].Revoked = true;

    public void Break(string authorization) => _tokens[authorization].Broken = true;

    /// <summary>Waits until the token was checked <paramref name="count"/> times after the connection was allowed (at most ten seconds).</summary>
    public Task WaitForChecksAsync(string authorization, int count) => _tokens[authorization].WaitForChecksAsync(count);

    /// <summary>The context for a token this issued (its check answers until revoked), or null for any other value.</summary>
    public GraphQLContextResult? Allow(string? authorization) => authorization is not null && _tokens.TryGetValue(authorization, out var token)
        ? GraphQLContextResult.Allow(authorization[Prefix.Length..], token.CheckAsync)
        : null;

    private sealed class Token
    {
        private readonly object _gate = new();
        private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
        private int _checks;

        public volatile bool Revoked;
        public volatile bool Broken;

        public ValueTask<bool> CheckAsync(CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                _checks++;
                foreach (var waiter in _waiters.Where(w => w.Count <= _checks))
                {
                    waiter.Reached.TrySetResult();
                }
            }

            return Broken ? throw new InvalidOperationException("the credential store is down") : ValueTask.FromResult(!Revoked);
        }

        public Task WaitForChecksAsync(int count)
        {
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                if (_checks >= count)
                {
                    return Task.CompletedTask;
                }

                _waiters.Add((count, reached));
            }

            return reached.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }
}
