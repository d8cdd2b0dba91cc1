import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../graphql/graphql';
import { useStreamEvents } from '../audit/useStreamEvents';
import { Notice } from '../ui/Notice';

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

/** Chat with an agent: the conversation follows the session's stream live, so the agent's reply shows when it is recorded. */
export function ChatPanel({ agentId, agentName }: { agentId: string; agentName: string }) {
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [, startChat] = useMutation(StartChatMutation);
  const [, post] = useMutation(PostChatMessageMutation);
  const { events } = useStreamEvents(sessionId ? `chat-${sessionId}` : undefined);
  const lines = chatLines(events);
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
      setSessionId(session);
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
          <li key={line.messageId} data-author={line.author} className={line.author === 'AGENT' ? 'rounded bg-slate-100 p-2' : 'rounded bg-blue-50 p-2 text-right'}>
            <span className="whitespace-pre-wrap">{line.text}</span>
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
