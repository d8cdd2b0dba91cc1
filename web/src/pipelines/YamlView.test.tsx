import { render, screen } from '@testing-library/react';
import { YamlView } from './YamlView';
import { yamlErrors } from './yamlErrors';

describe('pipeline YAML', () => {
  it('finds no error in a well-formed source', () => {
    expect(yamlErrors('name: ok\nsteps:\n  - id: a\n    type: command\n    run: true\n')).toEqual([]);
  });

  it('shows a syntax error at its line', () => {
    const source = 'name: broken\nsteps:\n  - id: a\n    run: [unclosed\n';
    const errors = yamlErrors(source);
    expect(errors.length).toBeGreaterThan(0);
    render(<YamlView source={source} errors={errors} />);
    const alert = screen.getAllByRole('alert')[0];
    expect(alert).toHaveTextContent(`line ${errors[0].line}`);
    expect(alert.closest('[data-line]')).toHaveAttribute('data-line', String(errors[0].line));
  });

  it('marks server validation errors at the lines they name', () => {
    render(<YamlView source={'a: 1\nb: 2\nc: 3'} errors={[{ line: 2, column: 1, message: 'unknown field b' }]} />);
    expect(screen.getByRole('alert')).toHaveTextContent('line 2, column 1: unknown field b');
    expect(screen.getByRole('alert').closest('[data-line]')).toHaveAttribute('data-line', '2');
  });
});
