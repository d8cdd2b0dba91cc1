using EventAgents.GraphQL.Auth;
using Microsoft.Extensions.Hosting;

namespace EventAgents.Host.Hosting;

/// <summary>
/// Creates the first API key (<see cref="LocalAdminKey"/>) as the server starts: after the keys' table is made, before the web
/// server listens, so the key file is there once the API answers.
/// </summary>
internal sealed class FirstAdminKey(ApiKeys keys, string homeDirectory, Action<string> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => LocalAdminKey.EnsureAsync(keys, homeDirectory, log, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
