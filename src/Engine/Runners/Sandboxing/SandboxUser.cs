using System.Globalization;

namespace EventAgents.Engine.Runners.Sandboxing;

/// <summary>
/// The user a step runs as: never root. A server running as root runs its steps as an unprivileged uid:gid
/// (<c>EVENTAGENTS_SANDBOX_USER</c>, default 61000:61000, which needs no entry in /etc/passwd); any other server
/// runs them as itself, since it cannot switch users, and relies on the sandbox's mounts alone.
/// </summary>
/// <param name="Uid">The user id.</param>
/// <param name="Gid">The group id.</param>
/// <param name="IsServerUser">Whether it is the server's own user (no switch, no access to grant).</param>
public sealed record SandboxUser(int Uid, int Gid, bool IsServerUser)
{
    /// <summary>The variable that names the uid:gid a root server runs steps as.</summary>
    public const string Variable = "EVENTAGENTS_SANDBOX_USER";

    /// <summary>The default uid and gid of a root server's steps.</summary>
    public const int DefaultId = 61000;

    /// <summary>The user for steps of this server.</summary>
    public static SandboxUser For(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var (uid, gid) = ProcessIdentity.Current();
        if (uid != 0)
        {
            return new SandboxUser(uid, gid, IsServerUser: true);
        }

        return variable(Variable) is { Length: > 0 } configured ? Parse(configured) : new SandboxUser(DefaultId, DefaultId, IsServerUser: false);
    }

    /// <summary>Parses <c>uid:gid</c>, refusing root.</summary>
    public static SandboxUser Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var uid)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var gid))
        {
            throw new ArgumentException($"{Variable} is '{text}'; give it as uid:gid in numbers, such as 61000:61000.");
        }

        return uid == 0 || gid == 0
            ? throw new ArgumentException($"{Variable} is '{text}'; steps never run as root (uid or gid 0).")
            : new SandboxUser(uid, gid, IsServerUser: false);
    }

    /// <summary><c>uid:gid</c>, as a container's user is given.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Uid}:{Gid}");
}
