import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChatPanel, chatLines, conversation } from './ChatPanel';
import { pushable, renderWithApi } from '../test/schemaClient';

const event = (version: number, type: string, data: unknown) => ({
  eventId: `e${version}`, stream: 'chat-s1', type, version, position: version, at: '2026-11-21T08:00:00Z', data, actor: null, correlationId: null,
});

describe('ChatPanel', () => {
  it('reads user and agent messages from the session events', () => {
    expect(
      chatLines([
        { type: 'chat.session-started.v1', data: {} },
        { type: 'chat.user-message-posted.v1', data: { messageId: 'm1', text: 'hi' } },
        { type: 'chat.agent-message-recorded.v1', data: { messageId: 'm1.reply', text: 'hello' } },
      ]),
    ).toEqual([
      { messageId: 'm1', author: 'USER', text: 'hi' },
      { messageId: 'm1.reply', author: 'AGENT', text: 'hello' },
    ]);
  });

  it('starts a session on the first message, posts it, and shows the reply when the agent records it', async () => {
    const stream = pushable<{ streamEvents: unknown }>();
    const calls: unknown[] = [];
    renderWithApi(<ChatPanel agentId="architect" agentName="Architect" />, {
      startChat: ({ input }: { input: unknown }) => {
        calls.push(['start', input]);
        return { sessionId: 's1', version: 1, session: null, errors: [] };
      },
      postChatMessage: ({ input }: { input: unknown }) => {
        calls.push(['post', input]);
        stream.push({ streamEvents: event(1, 'chat.session-started.v1', { sessionId: 's1' }) });
        stream.push({ streamEvents: event(2, 'chat.user-message-posted.v1', { messageId: 'm1', text: 'What next?' }) });
        return { sessionId: 's1', version: 2, session: null, errors: [] };
      },
      streamEvents: ({ stream: name }: { stream: string }) => (name === 'chat-s1' ? stream : pushable()),
      chatReplyStream: () => pushable(),
    });
    await userEvent.type(await screen.findByLabelText('Message'), 'What next?');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Architect is answering…')).toBeInTheDocument();
    expect(calls).toEqual([
      ['start', { agentId: 'architect' }],
      ['post', { sessionId: 's1', text: 'What next?' }],
    ]);
    stream.push({ streamEvents: event(3, 'chat.agent-message-recorded.v1', { messageId: 'm1.reply', text: 'Write the plan.' }) });
    expect(await screen.findByText('Write the plan.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Architect is answering…')).toBeNull());
    stream.end();
  });

  it('places a reply being written after the message it answers, and drops it once the reply is recorded', () => {
    const live = { 'm1.reply': { messageId: 'm1.reply', inReplyTo: 'm1', text: 'Wri', lastSequence: 0, final: false, error: null } };
    const user = { messageId: 'm1', author: 'USER' as const, text: 'hi' };
    expect(conversation([user], live)).toEqual([
      { ...user, state: 'recorded' },
      { messageId: 'm1.reply', author: 'AGENT', text: 'Wri', state: 'writing', error: undefined },
    ]);
    expect(conversation([], live).map((line) => line.messageId)).toEqual(['m1.reply']);
    expect(conversation([user, { messageId: 'm1.reply', author: 'AGENT', text: 'Write.' }], live).map((line) => [line.text, line.state])).toEqual([
      ['hi', 'recorded'],
      ['Write.', 'recorded'],
    ]);
  });

  it('shows the reply growing piece by piece, then the final text once, and no second copy when it is recorded', async () => {
    const stream = pushable<{ streamEvents: unknown }>();
    const replies = pushable<{ chatReplyStream: unknown }>();
    const subscribedTo: unknown[] = [];
    const reply = (sequence: number, text: string, final = false, error: string | null = null) => ({
      chatReplyStream: { sessionId: 's1', inReplyTo: 'm1', messageId: 'm1.reply', sequence, text, final, error },
    });
    renderWithApi(<ChatPanel agentId="architect" agentName="Architect" />, {
      startChat: () => ({ sessionId: 's1', version: 1, session: null, errors: [] }),
      postChatMessage: () => {
        stream.push({ streamEvents: event(1, 'chat.session-started.v1', { sessionId: 's1' }) });
        stream.push({ streamEvents: event(2, 'chat.user-message-posted.v1', { messageId: 'm1', text: 'What next?' }) });
        return { sessionId: 's1', version: 2, session: null, errors: [] };
      },
      streamEvents: ({ stream: name }: { stream: string }) => (name === 'chat-s1' ? stream : pushable()),
      chatReplyStream: ({ sessionId }: { sessionId: string }) => {
        subscribedTo.push(sessionId);
        return replies;
      },
    });
    await userEvent.type(await screen.findByLabelText('Message'), 'What next?');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    const chat = screen.getByRole('list', { name: 'Conversation' });
    await within(chat).findByText('What next?');
    expect(subscribedTo).toEqual(['s1']);

    replies.push(reply(0, 'You said: '));
    const growing = await within(chat).findByText('You said:');
    expect(growing.closest('li')).toHaveAttribute('data-state', 'writing');
    expect(screen.queryByText('Architect is answering…')).toBeNull();
    replies.push(reply(1, 'What'));
    expect(await within(chat).findByText('You said: What')).toBeInTheDocument();

    replies.push(reply(2, 'You said: What next?', true));
    const whole = await within(chat).findByText('You said: What next?');
    expect(whole.closest('li')).toHaveAttribute('data-state', 'final');
    expect(within(chat).queryByText('You said: What')).toBeNull();

    stream.push({ streamEvents: event(3, 'chat.agent-message-recorded.v1', { messageId: 'm1.reply', text: 'You said: What next?' }) });
    await waitFor(() => expect(within(chat).getByText('You said: What next?').closest('li')).toHaveAttribute('data-state', 'recorded'));
    expect(within(chat).getAllByText('You said: What next?')).toHaveLength(1);
    expect(chat.querySelectorAll('[data-author="AGENT"]')).toHaveLength(1);
    stream.end();
    replies.end();
  });

  it("shows the error on a reply's final piece", async () => {
    const stream = pushable<{ streamEvents: unknown }>();
    const replies = pushable<{ chatReplyStream: unknown }>();
    renderWithApi(<ChatPanel agentId="architect" agentName="Architect" />, {
      startChat: () => ({ sessionId: 's1', version: 1, session: null, errors: [] }),
      postChatMessage: () => {
        stream.push({ streamEvents: event(1, 'chat.user-message-posted.v1', { messageId: 'm1', text: 'Hello?' }) });
        return { sessionId: 's1', version: 1, session: null, errors: [] };
      },
      streamEvents: ({ stream: name }: { stream: string }) => (name === 'chat-s1' ? stream : pushable()),
      chatReplyStream: () => replies,
    });
    await userEvent.type(await screen.findByLabelText('Message'), 'Hello?');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText('Architect is answering…');
    replies.push({ chatReplyStream: { sessionId: 's1', inReplyTo: 'm1', messageId: 'm1.reply', sequence: 0, text: '', final: true, error: 'The agent could not answer yet: timeout' } });
    expect(await screen.findByText('The agent could not answer yet: timeout')).toBeInTheDocument();
    expect(screen.queryByText('Architect is answering…')).toBeNull();
    stream.end();
    replies.end();
  });
});
