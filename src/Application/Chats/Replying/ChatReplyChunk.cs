namespace EventAgents.Application.Chats.Replying;

/// <summary>
/// A piece of an agent's reply as it streams. Pieces come in <see cref="Sequence"/> order; the last one has
/// <see cref="IsFinal"/> set and carries the whole reply as recorded (so a subscriber that came late still gets it),
/// or the <see cref="Error"/> that kept the agent from answering.
/// </summary>
/// <param name="SessionId">The chat session.</param>
/// <param name="InReplyTo">The user's message being answered.</param>
/// <param name="MessageId">The id the reply is recorded under.</param>
/// <param name="Sequence">0, 1, 2, ... within the reply.</param>
/// <param name="Text">The new text; for the final piece, the whole reply.</param>
/// <param name="IsFinal">True for the last piece.</param>
/// <param name="Error">Why there is no reply, on a final piece; null otherwise.</param>
public sealed record ChatReplyChunk(string SessionId, string InReplyTo, string MessageId, int Sequence, string Text, bool IsFinal, string? Error = null);
