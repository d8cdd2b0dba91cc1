using EventAgents.Domain.Chats;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Chats;

public sealed class ChatSessionSpecs
{
    private static readonly ChatSessionStarted Started = new("c1", "a1", "ada", "p1", T0);

    [Fact]
    public void Starting_a_session() =>
        Spec.Chat().When(new StartChatSession("c1", "a1", "ada", "p1", T0)).Then(Started);

    [Fact]
    public void Starting_it_again_changes_nothing() =>
        Spec.Chat().Given(Started).When(new StartChatSession("c1", "a1", "ada", "p1", At(1))).ThenNothing();

    [Fact]
    public void The_user_posts_a_message() =>
        Spec.Chat().Given(Started).When(new PostUserMessage("c1", "m1", "ada", "Why is the build red?", At(1)))
            .Then(new UserMessagePosted("c1", "m1", "ada", "Why is the build red?", At(1)));

    [Fact]
    public void Resending_the_same_message_changes_nothing() =>
        Spec.Chat().Given(Started, new UserMessagePosted("c1", "m1", "ada", "hi", At(1)))
            .When(new PostUserMessage("c1", "m1", "ada", "hi", At(2))).ThenNothing();

    [Fact]
    public void Reusing_a_message_id_for_other_text_is_refused() =>
        Spec.Chat().Given(Started, new UserMessagePosted("c1", "m1", "ada", "hi", At(1)))
            .When(new PostUserMessage("c1", "m1", "ada", "bye", At(2))).ThenError("chat.message-id-taken");

    [Fact]
    public void Someone_else_cannot_post() =>
        Spec.Chat().Given(Started).When(new PostUserMessage("c1", "m1", "mallory", "hi", At(1))).ThenError("chat.not-a-participant");

    [Fact]
    public void The_agent_replies()
    {
        var spec = Spec.Chat().Given(Started, new UserMessagePosted("c1", "m1", "ada", "hi", At(1)));
        spec.When(new RecordAgentMessage("c1", "m2", "a1", "Hello!", At(2))).Then(new AgentMessageRecorded("c1", "m2", "a1", "Hello!", At(2)));
        Assert.Equal([ChatAuthor.User, ChatAuthor.Agent], spec.State.Messages.Select(message => message.Author));
    }

    [Fact]
    public void Another_agent_cannot_reply() =>
        Spec.Chat().Given(Started).When(new RecordAgentMessage("c1", "m2", "a2", "Hello!", At(2))).ThenError("chat.not-a-participant");

    [Fact]
    public void An_ended_session_takes_no_messages() =>
        Spec.Chat().Given(Started, new ChatSessionEnded("c1", "ada", At(1))).When(new PostUserMessage("c1", "m1", "ada", "hi", At(2))).ThenError("chat.ended");

    [Fact]
    public void Ending_twice_changes_nothing() =>
        Spec.Chat().Given(Started, new ChatSessionEnded("c1", "ada", At(1))).When(new EndChatSession("c1", "ada", At(2))).ThenNothing();

    [Fact]
    public void A_blank_message_is_refused() =>
        Spec.Chat().Given(Started).When(new PostUserMessage("c1", "m1", "ada", " ", At(1))).ThenError("chat.text-required");

    [Fact]
    public void Messages_to_a_missing_session_are_refused() =>
        Spec.Chat().When(new PostUserMessage("c1", "m1", "ada", "hi", At(1))).ThenError("chat.not-found");
}
