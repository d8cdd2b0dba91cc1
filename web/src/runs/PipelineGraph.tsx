import { useMemo } from 'react';
import { Background, Controls, MarkerType, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { PipelineGraphModel } from './pipelineModel';
import { statusColours, statusLabel } from '../ui/status';

export interface StepView {
  status: string;
  attempt?: number;
}

const rowHeight = 90;
const columnWidth = 190;
const nodeWidth = 170;
const nodeHeight = 56;

/**
 * Lays the steps out top to bottom; a parallel step's branches and a council's members sit side by side on the row
 * below it (the members of a council that is a branch on the row below the branches).
 */
export function layout(model: PipelineGraphModel): Record<string, { x: number; y: number }> {
  const positions: Record<string, { x: number; y: number }> = {};
  const childrenOf = new Map(model.steps.map((s) => [s.id, s.children]));
  let row = 0;
  for (const step of model.steps.filter((s) => !s.parent)) {
    positions[step.id] = { x: 0, y: row * rowHeight };
    row += 1;
    for (let level = step.children; level.length > 0; level = level.flatMap((id) => childrenOf.get(id) ?? [])) {
      const start = -((level.length - 1) * columnWidth) / 2;
      level.forEach((child, index) => (positions[child] = { x: start + index * columnWidth, y: row * rowHeight }));
      row += 1;
    }
  }
  return positions;
}

const nodeStyle = (status: string) => {
  const colours = statusColours[status] ?? statusColours.NOT_REACHED;
  return { width: nodeWidth, height: nodeHeight, background: colours.background, color: colours.color, border: `2px solid ${colours.border}`, borderRadius: 6, padding: '6px 10px' };
};

export function PipelineGraph({
  model,
  steps,
  selected,
  onSelect,
}: {
  model: PipelineGraphModel;
  steps: Record<string, StepView>;
  selected?: string;
  onSelect?: (stepId: string) => void;
}) {
  const positions = useMemo(() => layout(model), [model]);
  const nodes: Node[] = model.steps.map((step) => {
    const status = steps[step.id]?.status ?? 'NOT_REACHED';
    return {
      id: step.id,
      position: positions[step.id],
      data: {
        label: (
          <div data-step={step.id} data-status={status} className="text-left">
            <div className="font-semibold">{step.agent ?? step.id}</div>
            <div className="text-[11px] opacity-80">
              {step.agent ? 'council member' : step.type} · {statusLabel(status)}
              {(steps[step.id]?.attempt ?? 0) > 1 ? ` · attempt ${steps[step.id]?.attempt}` : ''}
            </div>
          </div>
        ),
      },
      // Fixed dimensions: React Flow hides a node it has not measured, and nodes rebuilt on every live change would otherwise blink out.
      width: nodeWidth,
      height: nodeHeight,
      style: { ...nodeStyle(status), boxShadow: selected === step.id ? '0 0 0 2px #3b82f6' : undefined },
      className: status === 'RUNNING' ? 'animate-pulse' : undefined,
      draggable: false,
    };
  });
  const edges: Edge[] = model.edges.map((edge, index) => {
    const backwards = (positions[edge.to]?.y ?? 0) <= (positions[edge.from]?.y ?? 0);
    return {
      id: `${edge.from}-${edge.to}-${index}`,
      source: edge.from,
      target: edge.to,
      label: edge.label ? `${edge.label}${edge.max ? ` (max ${edge.max})` : ''}` : undefined,
      type: backwards ? 'smoothstep' : 'default',
      animated: backwards,
      markerEnd: { type: MarkerType.ArrowClosed },
      style: edge.label === 'fail' || edge.label === 'changes' ? { stroke: '#b91c1c' } : undefined,
    };
  });
  return (
    <div className="h-[28rem] rounded border bg-white" data-testid="pipeline-graph">
      <ReactFlow nodes={nodes} edges={edges} fitView nodesConnectable={false} onNodeClick={(_, node) => onSelect?.(node.id)} proOptions={{ hideAttribution: true }}>
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
