import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GateDecision } from './RunActions';
import { renderWithApi } from '../test/schemaClient';

describe('GateDecision', () => {
  it('approves the gate with the comment and the version the person saw', async () => {
    const calls: unknown[] = [];
    const decided = vi.fn();
    renderWithApi(<GateDecision runId="r1" stepId="approve" version={7} onDecided={decided} />, {
      approveGate: ({ input }: { input: unknown }) => {
        calls.push(input);
        return { version: 8, errors: [] };
      },
    });
    await userEvent.type(await screen.findByLabelText('Comment'), 'ship it');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(decided).toHaveBeenCalled());
    expect(calls).toEqual([{ runId: 'r1', stepId: 'approve', comment: 'ship it', expectedVersion: 7 }]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains a conflict when the run moved on', async () => {
    renderWithApi(<GateDecision runId="r1" stepId="approve" version={7} onDecided={() => {}} />, {
      approveGate: () => ({ version: null, errors: [{ __typename: 'ConflictError', code: 'conflict', message: 'stale', expectedVersion: 7, actualVersion: 9 }] }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('you saw version 7, it is now 9');
  });

  it('needs a comment to reject, and sends it as the reason', async () => {
    const calls: unknown[] = [];
    renderWithApi(<GateDecision runId="r1" stepId="approve" version={7} onDecided={() => {}} />, {
      rejectGate: ({ input }: { input: unknown }) => {
        calls.push(input);
        return { version: 8, errors: [] };
      },
    });
    const reject = await screen.findByRole('button', { name: 'Reject' });
    expect(reject).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Comment'), 'not yet');
    await userEvent.click(reject);
    await waitFor(() => expect(calls).toEqual([{ runId: 'r1', stepId: 'approve', reason: 'not yet', expectedVersion: 7 }]));
  });
});
