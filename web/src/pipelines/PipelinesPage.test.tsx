import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/schemaClient';

const source = 'name: gated\nsteps:\n  - id: build\n    type: command\n    run: make\n';
const pipeline = {
  id: 'P:1', pipelineId: 'sample--gated', projectId: 'sample', name: 'gated', description: 'A gate', latestVersion: 1, createdAt: 'now', updatedAt: 'now', version: 1,
  versions: [{ number: 1, name: 'gated', source, stepIds: ['build'], definedBy: 'ada', definedAt: 'now' }],
};
const page = { hasNextPage: false, hasPreviousPage: false };

describe('PipelinesPage', () => {
  it('checks a draft on the server as it is typed and when saved, showing the errors at their lines', async () => {
    const sent: unknown[] = [];
    renderApp('/pipelines', {
      pipelines: () => ({ nodes: [pipeline], edges: [], pageInfo: page }),
      validatePipeline: ({ yaml }: { yaml: string }) =>
        yaml.includes('nowhere') ? [{ __typename: 'ValidationError', code: 'pipeline.unknown-step', message: "Step 'nowhere' does not exist", path: 'steps[0].next', line: 6, column: 11 }] : [],
      definePipeline: ({ input }: { input: unknown }) => {
        sent.push(input);
        return {
          pipelineId: null, version: null, pipeline: null,
          errors: [{ __typename: 'ValidationError', code: 'pipeline.unknown-step', message: "Step 'nowhere' does not exist", path: 'steps[0].next', line: 6, column: 11 }],
        };
      },
    });
    expect(await screen.findByLabelText('Pipeline YAML')).toHaveTextContent('run: make');
    await userEvent.click(screen.getByText(/Edit a draft/));
    const draft = `${source}    next: nowhere\n`;
    fireEvent.change(screen.getByLabelText('Draft YAML'), { target: { value: draft } });
    // The dry run (validatePipeline) marks the line before anything is saved.
    expect(await screen.findByRole('alert')).toHaveTextContent('line 6, column 11');
    await userEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("line 6, column 11: Step 'nowhere' does not exist (pipeline.unknown-step)");
    expect(alert.closest('[data-line]')).toHaveAttribute('data-line', '6');
    expect(sent).toEqual([{ projectId: 'sample', yaml: draft, pipelineId: 'sample--gated' }]);
    // Editing the draft again drops errors that pointed at the old text.
    fireEvent.change(screen.getByLabelText('Draft YAML'), { target: { value: source } });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
