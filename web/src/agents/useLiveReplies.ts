import { useSubscription } from 'urql';
import { graphql } from '../graphql/graphql';
import { addReplyPiece, type LiveReplies } from './liveReplies';

const ChatReplyStreamSubscription = graphql(`
  subscription ChatReplyStream($sessionId: ID!) {
    chatReplyStream(sessionId: $sessionId) {
      sessionId
      inReplyTo
      messageId
      sequence
      text
      final
      error
    }
  }
`);

const none: LiveReplies = {};

/** The agent's replies in a session as they are written, piece by piece, while the session is open. */
export function useLiveReplies(sessionId: string | null): LiveReplies {
  const [result] = useSubscription(
    { query: ChatReplyStreamSubscription, variables: { sessionId: sessionId ?? '' }, pause: !sessionId },
    (previous: LiveReplies = none, data) => addReplyPiece(previous, data.chatReplyStream),
  );
  return result.data ?? none;
}
