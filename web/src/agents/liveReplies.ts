/** A piece of an agent's reply as the server streams it (`chatReplyStream`). */
export interface ReplyPiece {
  inReplyTo: string;
  messageId: string;
  sequence: number;
  text: string;
  final: boolean;
  error?: string | null;
}

/** A reply as far as its pieces have come: growing text until the final piece replaces it with the whole reply. */
export interface LiveReply {
  messageId: string;
  inReplyTo: string;
  text: string;
  lastSequence: number;
  final: boolean;
  error: string | null;
}

export type LiveReplies = Readonly<Record<string, LiveReply>>;

/**
 * Adds a piece to the replies being written. Non-final pieces carry new text and are appended; the final one carries
 * the whole reply (or the error). A piece already seen (a repeat) is ignored; a sequence 0 after a final piece is the
 * agent trying again after a failure that may pass (the server answers again under the same id), so the reply starts over.
 */
export function addReplyPiece(replies: LiveReplies, piece: ReplyPiece): LiveReplies {
  const current = replies[piece.messageId];
  const restart = !current || (current.final && piece.sequence === 0);
  if (!restart && piece.sequence <= current.lastSequence) return replies;
  const base = restart ? '' : current.text;
  const next: LiveReply = {
    messageId: piece.messageId,
    inReplyTo: piece.inReplyTo,
    text: piece.final ? (piece.error ? base : piece.text) : base + piece.text,
    lastSequence: piece.sequence,
    final: piece.final,
    error: piece.error ?? null,
  };
  return { ...replies, [piece.messageId]: next };
}
