using EventAgents.Domain.Tasks;
using EventAgents.Platform.EventStore;

namespace EventAgents.Application.GitHosting;

/// <summary>
/// The git host of projects whose repository has no hosting service (a local path, a plain git remote): a pull request is
/// an event in the project's <c>pull-requests-&lt;project&gt;</c> stream, shown by the dashboard and merged by a person.
/// </summary>
public sealed class RecordedGitHost(EventStore store, TimeProvider clock) : IGitHost
{
    public const string StreamPrefix = "pull-requests-";
    private const int ConflictRetries = 10;

    public static string StreamId(string projectId) => StreamPrefix + projectId;

    public static string Url(string projectId, int number) => $"/projects/{projectId}/pull-requests/{number}";

    public async Task<PullRequestLink> OpenPullRequestAsync(PullRequestRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stream = StreamId(request.ProjectId);
        for (var attempt = 0; ; attempt++)
        {
            var events = await store.ReadStreamAsync(stream, ct: ct).ConfigureAwait(false);
            var requested = events.Select(e => e.Data).OfType<PullRequestRequested>().ToList();
            if (requested.FirstOrDefault(r => r.Head == request.Head) is { } open)
            {
                return new PullRequestLink(open.Number, Url(request.ProjectId, open.Number));
            }

            var number = requested.Count + 1;
            try
            {
                await store.AppendAsync(stream, ExpectedVersion.Exact(events.Count),
                    [new PullRequestRequested(request.ProjectId, number, request.Repository, request.Head, request.Base, request.Title, request.Body,
                        request.RequestedBy, clock.GetUtcNow())],
                    new AppendOptions { Actor = request.RequestedBy }, ct).ConfigureAwait(false);
                return new PullRequestLink(number, Url(request.ProjectId, number));
            }
            catch (WrongExpectedVersionException) when (attempt < ConflictRetries)
            {
                // Another request for this project landed first: number this one after it.
            }
        }
    }
}
