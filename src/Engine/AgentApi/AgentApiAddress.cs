using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace EventAgents.Engine.AgentApi;

/// <summary>Where agents reach the agent API: the first address the host's web server listens on, known once it listens, or a fixed one.</summary>
public sealed class AgentApiAddress
{
    private readonly Func<Uri> _url;

    private AgentApiAddress(Func<Uri> url) => _url = url;

    /// <exception cref="InvalidOperationException">The web server does not listen yet.</exception>
    public Uri Url => _url();

    public static AgentApiAddress Fixed(Uri url) => new(() => url);

    public static AgentApiAddress Of(IServer server) => new(() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is { } address
            ? new Uri(address)
            : throw new InvalidOperationException("The agent API's address is known once the web server listens."));
}
