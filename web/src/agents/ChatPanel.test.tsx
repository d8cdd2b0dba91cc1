import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChatPanel, chatLines } from './ChatPanel';
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
});
