import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../test/schemaClient';

const unsafe = 'Steps run without a sandbox (EVENTAGENTS_RUNNER=unsafe-local): an agent or command can read the server\'s keys.';

/** The API's `server` field, counting how often the dashboard asks. */
function serverApi(warning: string | null) {
  const asked = { count: 0 };
  const server = () => {
    asked.count += 1;
    return warning ? { runner: 'unsafe-local', isolation: 'none', warning } : { runner: 'local', isolation: 'bubblewrap sandbox', warning: null };
  };
  return { asked, rootValue: { server } };
}

describe('RunnerWarning', () => {
  it.each(['/audit', '/board'])('shows the runner warning as an alert above %s', async (path) => {
    const { asked, rootValue } = serverApi(unsafe);
    renderApp(path, rootValue);
    const banner = await screen.findByText(/without a sandbox/);
    expect(banner).toHaveAttribute('role', 'alert');
    expect(banner).toHaveTextContent(`Warning: ${unsafe}`);
    expect(asked.count).toBe(1);
  });

  it('shows nothing when steps are isolated', async () => {
    const { asked, rootValue } = serverApi(null);
    renderApp('/audit', rootValue);
    await screen.findByRole('heading', { name: 'Audit' });
    await waitFor(() => expect(asked.count).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/sandbox/)).not.toBeInTheDocument();
    expect(screen.queryByText(/^Warning:/)).not.toBeInTheDocument();
  });
});
