using EventAgents.Domain.Boards;
using EventAgents.Domain.Common;

namespace EventAgents.Domain.Tasks;

/// <summary>An agent or person leaves a comment on a task.</summary>
public sealed record CommentOnTask(string BoardId, string TaskId, string Author, string Text, DateTimeOffset At) : ITaskCommand;

/// <summary>A comment was left on a task; it changes neither the task's column nor its version.</summary>
public sealed record TaskCommented(string BoardId, string TaskId, string Author, string Text, DateTimeOffset At) : ITaskEvent;

/// <summary>Decides <see cref="CommentOnTask"/>.</summary>
public static class CommentingOnTask
{
    /// <summary>The longest comment.</summary>
    public const int MaxTextLength = 8000;

    /// <summary>Accepts a comment with an author and 1 to <see cref="MaxTextLength"/> characters of text.</summary>
    public static Decision<IBoardEvent> Decide(CommentOnTask command, Board state)
    {
        if (Text.IsBlank(command.Author))
        {
            return Text.Required("task", "author");
        }

        if (Text.IsBlank(command.Text))
        {
            return Text.Required("task", "text");
        }

        return command.Text.Length > MaxTextLength
            ? new DomainError("task.comment-too-long", $"A comment has at most {MaxTextLength} characters, not {command.Text.Length}.")
            : Decision<IBoardEvent>.Accept(new TaskCommented(state.Id, command.TaskId, command.Author, command.Text, command.At));
    }
}
