namespace EventAgents.Application.GitHosting;

/// <summary>A pull request was requested from the local git host; its number counts the project's requests from 1.</summary>
public sealed record PullRequestRequested(
    string ProjectId, int Number, string Repository, string Head, string Base, string Title, string Body, string RequestedBy, DateTimeOffset At);
