import { pipelineGraph } from './pipelineModel';
import { layout } from './PipelineGraph';

const gated = `
name: gated
inputs:
  - goal
  - {name: notes, required: false, description: extra}
steps:
  - id: build
    type: command
    run: make
  - id: checks
    parallel:
      - {id: unit, type: command, run: test}
      - {id: lint, type: command, run: lint}
    on_result:
      pass: approve
      fail: {goto: build, max: 3}
  - id: approve
    type: gate
    on_result: {pass: ship, fail: end}
  - id: ship
    type: command
    run: push
`;

describe('pipelineGraph', () => {
  it('reads steps, parallel branches and inputs', () => {
    const model = pipelineGraph(gated);
    expect(model.steps.map((s) => s.id)).toEqual(['build', 'checks', 'unit', 'lint', 'approve', 'ship']);
    expect(model.steps.find((s) => s.id === 'unit')?.parent).toBe('checks');
    expect(model.inputs).toEqual([
      { name: 'goal', required: true },
      { name: 'notes', required: false, description: 'extra' },
    ]);
  });

  it('draws the default next step, on_result targets with labels and bounded loops, and no edge to end', () => {
    const { edges } = pipelineGraph(gated);
    expect(edges).toContainEqual({ from: 'build', to: 'checks', label: undefined, max: undefined });
    expect(edges).toContainEqual({ from: 'checks', to: 'build', label: 'fail', max: 3 });
    expect(edges).toContainEqual({ from: 'approve', to: 'ship', label: 'pass', max: undefined });
    expect(edges.some((e) => e.to === 'end')).toBe(false);
    expect(edges.some((e) => e.from === 'ship')).toBe(false);
  });

  it('lays parallel branches side by side below their step', () => {
    const positions = layout(pipelineGraph(gated));
    expect(positions.unit.y).toBe(positions.lint.y);
    expect(positions.unit.y).toBeGreaterThan(positions.checks.y);
    expect(positions.unit.x).toBeLessThan(positions.lint.x);
    expect(positions.approve.y).toBeGreaterThan(positions.unit.y);
  });

  it('puts a council\'s members, as the steps the server runs for them, on the row below it', () => {
    const model = pipelineGraph(`
name: reviewed
steps:
  - {id: build, type: command, run: make}
  - id: review
    type: council
    agents: [ada, bob]
    prompt: Review
    on_result: {fail: {goto: build, max: 2}}
  - {id: ship, type: command, run: push}
`);
    expect(model.steps.map((s) => s.id)).toEqual(['build', 'review', 'review--ada', 'review--bob', 'ship']);
    expect(model.steps.find((s) => s.id === 'review')?.children).toEqual(['review--ada', 'review--bob']);
    expect(model.steps.find((s) => s.id === 'review--bob')).toEqual({ id: 'review--bob', type: 'member', parent: 'review', children: [], agent: 'bob' });
    expect(model.edges).toContainEqual({ from: 'review', to: 'ship', label: 'pass', max: undefined });
    expect(model.edges).toContainEqual({ from: 'review', to: 'build', label: 'fail', max: 2 });
    const positions = layout(model);
    expect(positions['review--ada'].y).toBe(positions['review--bob'].y);
    expect(positions['review--ada'].y).toBeGreaterThan(positions.review.y);
    expect(positions.ship.y).toBeGreaterThan(positions['review--ada'].y);
  });

  it('puts the members of a council that is a parallel branch on the row below the branches', () => {
    const model = pipelineGraph(`
name: checked
steps:
  - id: checks
    parallel:
      - {id: unit, type: command, run: test}
      - {id: review, type: council, agents: [ada, bob], prompt: Review}
  - {id: ship, type: command, run: push}
`);
    expect(model.steps.map((s) => s.id)).toEqual(['checks', 'unit', 'review', 'review--ada', 'review--bob', 'ship']);
    expect(model.steps.find((s) => s.id === 'review')).toEqual({ id: 'review', type: 'council', parent: 'checks', children: ['review--ada', 'review--bob'] });
    expect(model.steps.find((s) => s.id === 'review--ada')).toEqual({ id: 'review--ada', type: 'member', parent: 'review', children: [], agent: 'ada' });
    expect(model.edges).toContainEqual({ from: 'review', to: 'review--ada' });
    const positions = layout(model);
    expect(positions.review.y).toBe(positions.unit.y);
    expect(positions['review--ada'].y).toBe(positions['review--bob'].y);
    expect(positions['review--ada'].y).toBeGreaterThan(positions.review.y);
    expect(positions.ship.y).toBeGreaterThan(positions['review--ada'].y);
  });
});
