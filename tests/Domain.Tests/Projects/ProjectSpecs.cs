using EventAgents.Domain.Projects;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Projects;

public sealed class ProjectSpecs
{
    private static readonly ProjectCreated Created = new("p1", "Shop", "https://github.com/acme/shop.git", "main", T0);

    [Fact]
    public void Creating_a_project_on_a_git_url() =>
        Spec.Project().When(new CreateProject("p1", "Shop", "https://github.com/acme/shop.git", "main", T0)).Then(Created);

    [Theory]
    [InlineData("git@github.com:acme/shop.git")]
    [InlineData("/srv/repos/shop")]
    [InlineData("file:///srv/repos/shop")]
    [InlineData("ssh://git@host/acme/shop.git")]
    public void Scp_style_addresses_and_local_paths_are_repositories_too(string repository) =>
        Spec.Project().When(new CreateProject("p1", "Shop", repository, "main", T0)).Then(new ProjectCreated("p1", "Shop", repository, "main", T0));

    [Theory]
    [InlineData("shop")]
    [InlineData("https://")]
    [InlineData("relative/path")]
    [InlineData("")]
    public void Anything_else_is_not_a_repository(string repository) =>
        Spec.Project().When(new CreateProject("p1", "Shop", repository, "main", T0)).ThenError("project.invalid-repository");

    [Theory]
    [InlineData("feature..x")]
    [InlineData("-main")]
    [InlineData("has space")]
    [InlineData("x.lock")]
    public void A_branch_git_would_refuse_is_refused(string branch) =>
        Spec.Project().When(new CreateProject("p1", "Shop", "/srv/shop", branch, T0)).ThenError("project.invalid-branch");

    [Fact]
    public void Creating_the_same_project_again_changes_nothing() =>
        Spec.Project().Given(Created).When(new CreateProject("p1", "Shop", "https://github.com/acme/shop.git", "main", At(1))).ThenNothing();

    [Fact]
    public void Creating_a_project_twice_with_other_settings_is_refused() =>
        Spec.Project().Given(Created).When(new CreateProject("p1", "Shop", "/other", "main", At(1))).ThenError("project.already-exists");

    [Fact]
    public void Changing_the_default_branch() =>
        Spec.Project().Given(Created).When(new ChangeDefaultBranch("p1", "develop", At(1))).Then(new DefaultBranchChanged("p1", "develop", At(1)));

    [Fact]
    public void Changing_to_the_current_default_branch_changes_nothing() =>
        Spec.Project().Given(Created).When(new ChangeDefaultBranch("p1", "main", At(1))).ThenNothing();

    [Fact]
    public void Linking_a_board() =>
        Spec.Project().Given(Created).When(new LinkBoard("p1", "b1", At(1))).Then(new BoardLinked("p1", "b1", At(1)));

    [Fact]
    public void Linking_a_second_board_is_refused() =>
        Spec.Project().Given(Created, new BoardLinked("p1", "b1", At(1))).When(new LinkBoard("p1", "b2", At(2))).ThenError("project.board-already-linked");

    [Fact]
    public void An_archived_project_takes_no_changes() =>
        Spec.Project().Given(Created, new ProjectArchived("p1", At(1))).When(new ChangeDefaultBranch("p1", "dev", At(2))).ThenError("project.archived");

    [Fact]
    public void Archiving_twice_changes_nothing() =>
        Spec.Project().Given(Created, new ProjectArchived("p1", At(1))).When(new ArchiveProject("p1", At(2))).ThenNothing();

    [Fact]
    public void Commands_to_a_missing_project_are_refused() =>
        Spec.Project().When(new LinkBoard("p1", "b1", At(1))).ThenError("project.not-found");
}
