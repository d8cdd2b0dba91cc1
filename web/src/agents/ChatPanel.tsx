import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useMutation } from 'urql';
import { graphql } from '../graphql/graphql';
import { useStreamEvents } from '../audit/useStreamEvents';
import { Notice } from '../ui/Notice';
import type { LiveReplies } from './liveReplies';
import { useLiveReplies } from './useLiveReplies';

const StartChatMutation = graphql(`
  mutation StartChat($input: StartChatInput!) {
    startChat(input: $input) {
      sessionId
      errors { __typename code message }
    }
  }
`);

const PostChatMessageMutation = graphql(`
  mutation PostChatMessage($input: PostChatMessageInput!) {
    postChatMessage(input: $input) {
      version
      errors { __typename code message }
    }
  }
`);

export interface ChatLine {
  messageId: string;
  author: 'USER' | 'AGENT';
  text: string;
}

/** The session's messages, from its stream's events as they are appended. */
export function chatLines(events: readonly { type: string; data: unknown }[]): ChatLine[] {
  return events.flatMap((event): ChatLine[] => {
    const data = (event.data ?? {}) as Record<string, unknown>;
    if (event.type.startsWith('chat.user-message-posted')) return [{ messageId: String(data.messageId), author: 'USER' as const, text: String(data.text ?? '') }];
    if (event.type.startsWith('chat.agent-message-recorded')) return [{ messageId: String(data.messageId), author: 'AGENT' as const, text: String(data.text ?? '') }];
    return [];
  });
}

export interface ConversationLine extends ChatLine {
  /** 'recorded' once the message is in the session's stream; a reply still being written is 'writing', then 'final'. */
  state: 'recorded' | 'writing' | 'final';
  error?: string;
}

/**
 * The recorded messages with the replies still being written: each live reply right after the message it answers (or
 * at the end when that message has not landed yet), and dropped once the reply is recorded under the same id.
 */
export function conversation(lines: readonly ChatLine[], live: LiveReplies): ConversationLine[] {
  const recorded = new Set(lines.map((line) => line.messageId));
  const pending = Object.values(live).filter((reply) => !recorded.has(reply.messageId));
  const placed = new Set<string>();
  const toLine = (reply: (typeof pending)[number]): ConversationLine => {
    placed.add(reply.messageId);
    return { messageId: reply.messageId, author: 'AGENT', text: reply.text, state: reply.final ? 'final' : 'writing', error: reply.error ?? undefined };
  };
  const result = lines.flatMap((line): ConversationLine[] => [
    { ...line, state: 'recorded' },
    ...(line.author === 'USER' ? pending.filter((reply) => reply.inReplyTo === line.messageId).map(toLine) : []),
  ]);
  return [...result, ...pending.filter((reply) => !placed.has(reply.messageId)).map(toLine)];
}

/**
 * Chat with an agent: the conversation follows the session's stream live, and the agent's reply grows piece by piece
 * as the model writes it until the recorded message takes its place.
 */
export function ChatPanel({ agentId, agentName }: { agentId: string; agentName: string }) {
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [, startChat] = useMutation(StartChatMutation);
  const [, post] = useMutation(PostChatMessageMutation);
  // Before the session's events, so the reply subscription is sent first.
  const live = useLiveReplies(sessionId);
  const { events } = useStreamEvents(sessionId ? `chat-${sessionId}` : undefined);
  const lines = conversation(chatLines(events), live);
  const waiting = lines.length > 0 && lines[lines.length - 1].author === 'USER';

  async function send(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    let session = sessionId;
    if (!session) {
      const started = await startChat({ input: { agentId } });
      const payload = started.data?.startChat;
      if (started.error || !payload?.sessionId || payload.errors.length > 0) {
        setError(started.error?.message ?? payload?.errors.map((e) => e.message).join(' ') ?? 'The chat did not start.');
        return;
      }
      session = payload.sessionId;
      // Rendered (and the reply subscribed to) now rather than after the post, so the first reply's pieces are not missed.
      flushSync(() => setSessionId(session));
    }
    const posted = await post({ input: { sessionId: session, text } });
    const errors = posted.data?.postChatMessage.errors ?? [];
    if (posted.error || errors.length > 0) {
      setError(posted.error?.message ?? errors.map((e) => e.message).join(' '));
      return;
    }
    setText('');
  }

  return (
    <section className="space-y-2 rounded border p-3" aria-label={`Chat with ${agentName}`}>
      <h3 className="font-semibold">Chat with {agentName}</h3>
      <ol className="max-h-72 space-y-1 overflow-auto" aria-label="Conversation">
        {lines.map((line) => (
          <li
            key={line.messageId}
            data-author={line.author}
            data-state={line.state}
            aria-busy={line.state === 'writing' || undefined}
            className={line.author === 'AGENT' ? 'rounded bg-slate-100 p-2' : 'rounded bg-blue-50 p-2 text-right'}
          >
            {line.error ? <span className="text-red-700">{line.error}</span> : <span className="whitespace-pre-wrap">{line.text}</span>}
            {line.state === 'writing' && <span className="ml-1 animate-pulse text-slate-500" aria-hidden="true">▍</span>}
          </li>
        ))}
        {waiting && <li className="animate-pulse text-slate-500">{agentName} is answering…</li>}
      </ol>
      <form onSubmit={send} className="flex gap-2">
        <input aria-label="Message" value={text} onChange={(e) => setText(e.target.value)} className="flex-1 rounded border px-2 py-1" placeholder={`Ask ${agentName}…`} />
        <button type="submit" disabled={!text.trim()} className="rounded bg-blue-700 px-3 py-1 text-white disabled:opacity-50">
          Send
        </button>
      </form>
      {error && <Notice>{error}</Notice>}
    </section>
  );
}
