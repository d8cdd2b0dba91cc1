import { addReplyPiece, type LiveReplies, type ReplyPiece } from './liveReplies';

const piece = (sequence: number, text: string, more: Partial<ReplyPiece> = {}): ReplyPiece => ({
  inReplyTo: 'm1', messageId: 'm1.reply', sequence, text, final: false, error: null, ...more,
});
const fold = (...pieces: ReplyPiece[]) => pieces.reduce<LiveReplies>(addReplyPiece, {});

describe('addReplyPiece', () => {
  it('appends pieces in order, then takes the final piece as the whole reply', () => {
    expect(fold(piece(0, 'You '), piece(1, 'said'))['m1.reply']).toMatchObject({ text: 'You said', final: false, lastSequence: 1 });
    expect(fold(piece(0, 'You '), piece(1, 'said'), piece(2, 'You said: hi', { final: true }))['m1.reply']).toMatchObject({ text: 'You said: hi', final: true });
  });

  it('ignores a piece it has already seen', () => {
    expect(fold(piece(0, 'a'), piece(1, 'b'), piece(1, 'b'))['m1.reply'].text).toBe('ab');
  });

  it('keeps the text so far and the error when the agent could not answer, and starts over when it tries again', () => {
    const failed = fold(piece(0, 'Wri'), piece(1, '', { final: true, error: 'The agent could not answer yet: timeout' }));
    expect(failed['m1.reply']).toMatchObject({ text: 'Wri', final: true, error: 'The agent could not answer yet: timeout' });
    expect(addReplyPiece(failed, piece(0, 'Write'))['m1.reply']).toMatchObject({ text: 'Write', final: false, error: null });
  });

  it('keeps replies to different messages apart', () => {
    const replies = fold(piece(0, 'one'), piece(0, 'two', { inReplyTo: 'm2', messageId: 'm2.reply' }));
    expect([replies['m1.reply'].text, replies['m2.reply'].text]).toEqual(['one', 'two']);
  });
});
