using EventAgents.Domain.Tasks;

namespace EventAgents.Application.GitHosting;

/// <summary>The service that hosts a project's repository and its pull requests (GitHub, or the local record).</summary>
public interface IGitHost
{
    /// <summary>
    /// Opens a pull request from <see cref="PullRequestRequest.Head"/> into <see cref="PullRequestRequest.Base"/>, or returns
    /// the one already open for that head, so a repeated request opens nothing new.
    /// </summary>
    Task<PullRequestLink> OpenPullRequestAsync(PullRequestRequest request, CancellationToken ct);
}

/// <summary>A request to merge a branch's work.</summary>
public sealed record PullRequestRequest(string ProjectId, string Repository, string Head, string Base, string Title, string Body, string RequestedBy);
