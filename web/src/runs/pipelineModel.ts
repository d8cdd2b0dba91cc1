import { parse } from 'yaml';

/** A step of a pipeline as the graph draws it: parallel branches and council members are steps with a parent. */
export interface GraphStep {
  id: string;
  type: string;
  parent?: string;
  children: string[];
  /** The agent of a council member. */
  agent?: string;
}

/** The step id the server gives a council member: the council's id and the agent, e.g. `review--ada`. */
export const councilMemberId = (councilId: string, agent: string) => `${councilId}--${agent}`;

/** A transition between steps; `label` is the result that takes it (pass, fail, ...), `max` bounds loops. */
export interface GraphEdge {
  from: string;
  to: string;
  label?: string;
  max?: number;
}

export interface PipelineGraphModel {
  steps: GraphStep[];
  edges: GraphEdge[];
  inputs: { name: string; required: boolean; description?: string }[];
}

type RawStep = Record<string, unknown>;

/**
 * Reads a pipeline's YAML (the format of samples/pipelines/README.md) into steps and transitions for drawing.
 * The server already validated the source; this only needs the shape, so unknown fields are ignored.
 */
export function pipelineGraph(source: string): PipelineGraphModel {
  const doc = (parse(source) ?? {}) as Record<string, unknown>;
  const rawSteps = Array.isArray(doc.steps) ? (doc.steps as RawStep[]) : [];
  const steps: GraphStep[] = [];
  const edges: GraphEdge[] = [];

  // A council, at the top or as a parallel branch, and its members.
  const addCouncil = (id: string, raw: RawStep, parent?: string) => {
    const agents = Array.isArray(raw.agents) ? raw.agents.map(String) : [];
    steps.push({ id, type: 'council', ...(parent === undefined ? {} : { parent }), children: agents.map((agent) => councilMemberId(id, agent)) });
    for (const agent of agents) {
      steps.push({ id: councilMemberId(id, agent), type: 'member', parent: id, children: [], agent });
      edges.push({ from: id, to: councilMemberId(id, agent) });
    }
  };

  rawSteps.forEach((raw) => {
    const id = String(raw.id ?? '');
    if (raw.type === 'council') {
      addCouncil(id, raw);
      return;
    }
    const children = Array.isArray(raw.parallel) ? (raw.parallel as RawStep[]).map((c) => String(c.id ?? '')) : [];
    steps.push({ id, type: children.length > 0 ? 'parallel' : String(raw.type ?? 'agent'), children });
    children.forEach((child, index) => {
      const rawChild = (raw.parallel as RawStep[])[index];
      if (rawChild.type === 'council') addCouncil(child, rawChild, id);
      else steps.push({ id: child, type: String(rawChild.type ?? 'agent'), parent: id, children: [] });
      edges.push({ from: id, to: child });
    });
  });

  rawSteps.forEach((raw, index) => {
    const id = String(raw.id ?? '');
    const following = index + 1 < rawSteps.length ? String(rawSteps[index + 1].id ?? '') : 'end';
    const onResult = (raw.on_result ?? {}) as Record<string, unknown>;
    const targets = Object.entries(onResult).map(([label, target]) => {
      if (target !== null && typeof target === 'object') {
        const goto = target as Record<string, unknown>;
        return { label, to: String(goto.goto ?? ''), max: typeof goto.max === 'number' ? goto.max : undefined };
      }
      return { label, to: String(target) };
    });
    if (!targets.some((t) => t.label === 'pass')) {
      targets.unshift({ label: 'pass', to: typeof raw.next === 'string' ? raw.next : following });
    }
    for (const target of targets) {
      if (target.to === 'end' || target.to === '') continue;
      edges.push({ from: id, to: target.to, label: target.label === 'pass' && targets.length === 1 ? undefined : target.label, max: target.max });
    }
  });

  const inputs = (Array.isArray(doc.inputs) ? doc.inputs : []).map((input: unknown) =>
    typeof input === 'string'
      ? { name: input, required: true }
      : {
          name: String((input as Record<string, unknown>).name ?? ''),
          required: (input as Record<string, unknown>).required !== false,
          description: (input as Record<string, unknown>).description as string | undefined,
        },
  );
  return { steps, edges, inputs };
}
