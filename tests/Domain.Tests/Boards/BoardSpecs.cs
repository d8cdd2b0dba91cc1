using EventAgents.Domain.Boards;
using EventAgents.Domain.Tasks;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.BoardStory;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Boards;

public sealed class BoardSpecs
{
    [Fact]
    public void Creating_a_board_gives_it_one_column_per_status() =>
        Spec.Board().When(new CreateBoard(BoardId, "p1", "Shop", T0)).Then(Created());

    [Fact]
    public void Creating_it_again_changes_nothing() =>
        Spec.Board().Given(Created()).When(new CreateBoard(BoardId, "p1", "Shop", At(1))).ThenNothing();

    [Fact]
    public void A_board_belongs_to_one_project() =>
        Spec.Board().Given(Created()).When(new CreateBoard(BoardId, "p2", "Shop", At(1))).ThenError("board.already-exists");

    [Fact]
    public void Setting_a_wip_limit() =>
        Spec.Board().Given(Created()).When(new SetWipLimit(BoardId, BoardTaskStatus.InProgress, 3, At(1)))
            .Then(new WipLimitSet(BoardId, BoardTaskStatus.InProgress, 3, At(1)));

    [Fact]
    public void Setting_the_same_limit_again_changes_nothing() =>
        Spec.Board().Given(Created(), new WipLimitSet(BoardId, BoardTaskStatus.InProgress, 3, At(1)))
            .When(new SetWipLimit(BoardId, BoardTaskStatus.InProgress, 3, At(2))).ThenNothing();

    [Fact]
    public void A_limit_below_one_is_refused() =>
        Spec.Board().Given(Created()).When(new SetWipLimit(BoardId, BoardTaskStatus.InProgress, 0, At(1))).ThenError("board.invalid-wip-limit");

    [Fact]
    public void Commands_to_a_missing_board_are_refused() =>
        Spec.Board().When(new SetWipLimit(BoardId, BoardTaskStatus.InProgress, 2, At(1))).ThenError("board.not-found");
}
