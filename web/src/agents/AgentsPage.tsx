import { Link, getRouteApi } from '@tanstack/react-router';
import { StatusBadge } from '../ui/StatusBadge';
import { useQuery } from 'urql';
import { graphql } from '../graphql/graphql';
import { Notice } from '../ui/Notice';
import { formatTime } from '../ui/format';
import { ChatPanel } from './ChatPanel';

const AgentsQuery = graphql(`
  query Agents {
    agents(first: 100) {
      nodes {
        agentId
        name
        persona
        model
        tools
        columns
        pulseSeconds
        retired
        updatedAt
      }
    }
  }
`);

const AgentActivityQuery = graphql(`
  query AgentActivity($agentId: ID!) {
    agent(id: $agentId) {
      runs(first: 10) {
        nodes {
          runId
          status
          pipelineId
          currentStep
          requestedAt
        }
      }
      tasks(first: 20) {
        nodes {
          taskId
          boardId
          title
          status
        }
      }
    }
    chatSessions(first: 20, agentId: $agentId) {
      nodes {
        sessionId
        userId
        ended
        messageCount
        updatedAt
        messages(first: 50) {
          nodes {
            messageId
            author
            authorId
            text
            at
          }
        }
      }
    }
  }
`);

const routeApi = getRouteApi('/agents');

export function AgentsPage() {
  const { agentId } = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const [agents] = useQuery({ query: AgentsQuery });
  const list = agents.data?.agents.nodes ?? [];
  const chosen = list.find((a) => a.agentId === agentId) ?? list[0];
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Agents</h1>
      {agents.error && <Notice>{agents.error.message}</Notice>}
      <div className="grid gap-4 lg:grid-cols-[1fr_2fr]">
        <ul className="space-y-2" aria-label="Agents">
          {list.map((agent) => (
            <li key={agent.agentId}>
              <button
                type="button"
                onClick={() => navigate({ search: { agentId: agent.agentId } })}
                className={`w-full rounded border bg-white p-3 text-left text-sm ${chosen?.agentId === agent.agentId ? 'ring-2 ring-blue-500' : ''}`}
              >
                <div className="font-semibold">
                  {agent.name} {agent.retired && <span className="text-xs text-slate-500">(retired)</span>}
                </div>
                <div className="text-slate-600">{agent.persona}</div>
                <div className="mt-1 font-mono text-xs text-slate-500">{agent.model}</div>
              </button>
            </li>
          ))}
        </ul>
        {chosen && <AgentDetail agent={chosen} />}
      </div>
    </section>
  );
}

function AgentDetail({ agent }: { agent: { agentId: string; name: string; persona: string; model: string; tools: readonly string[]; columns: readonly string[]; pulseSeconds?: number | null; updatedAt: string } }) {
  const [activity] = useQuery({ query: AgentActivityQuery, variables: { agentId: agent.agentId } });
  const sessions = activity.data?.chatSessions.nodes ?? [];
  return (
    <article className="space-y-3 rounded border bg-white p-4 text-sm" data-testid="agent-detail">
      <h2 className="text-lg font-semibold">{agent.name}</h2>
      <p>{agent.persona}</p>
      <dl className="grid grid-cols-[8rem_1fr] gap-y-1">
        <dt className="text-slate-500">Model</dt>
        <dd className="font-mono">{agent.model}</dd>
        <dt className="text-slate-500">Tools</dt>
        <dd>{agent.tools.join(', ') || '—'}</dd>
        <dt className="text-slate-500">Board columns</dt>
        <dd>{agent.columns.join(', ') || '—'}</dd>
        <dt className="text-slate-500">Pulse</dt>
        <dd>{agent.pulseSeconds ? `every ${agent.pulseSeconds} s` : 'not scheduled'}</dd>
        <dt className="text-slate-500">Last change</dt>
        <dd>{formatTime(agent.updatedAt)}</dd>
      </dl>
      <h3 className="font-semibold">Recent runs</h3>
      {(activity.data?.agent?.runs.nodes ?? []).length === 0 && <p className="text-slate-500">No run for a board task yet.</p>}
      <ul className="space-y-1" aria-label="Recent runs">
        {(activity.data?.agent?.runs.nodes ?? []).map((run) => (
          <li key={run.runId} className="flex items-center gap-2">
            <Link to="/runs/$runId" params={{ runId: run.runId }} className="font-mono text-blue-700 hover:underline">
              {run.runId}
            </Link>
            <StatusBadge status={run.status} />
            <span className="text-slate-500">
              {run.pipelineId} {run.currentStep ? `· at ${run.currentStep}` : ''} · {formatTime(run.requestedAt)}
            </span>
          </li>
        ))}
      </ul>
      <h3 className="font-semibold">Tasks</h3>
      {(activity.data?.agent?.tasks.nodes ?? []).length === 0 && <p className="text-slate-500">No task assigned.</p>}
      <ul className="space-y-1" aria-label="Assigned tasks">
        {(activity.data?.agent?.tasks.nodes ?? []).map((task) => (
          <li key={`${task.boardId}/${task.taskId}`} className="flex items-center gap-2">
            <Link to="/boards/$boardId/tasks/$taskId" params={{ boardId: task.boardId, taskId: task.taskId }} className="text-blue-700 hover:underline">
              {task.title}
            </Link>
            <StatusBadge status={task.status} />
          </li>
        ))}
      </ul>
      <h3 className="font-semibold">Recent chats</h3>
      {sessions.length === 0 && <p className="text-slate-500">No chat with this agent yet.</p>}
      {sessions.map((session) => (
        <div key={session.sessionId} className="rounded border p-2">
          <div className="text-xs text-slate-500">
            {session.userId} · {session.messageCount} messages · {formatTime(session.updatedAt)} {session.ended ? '· ended' : ''}
          </div>
          {session.messages.nodes.map((m) => (
            <p key={m.messageId} className={m.author === 'AGENT' ? 'text-slate-800' : 'text-blue-900'}>
              <b>{m.authorId}:</b> {m.text}
            </p>
          ))}
        </div>
      ))}
      <ChatPanel key={agent.agentId} agentId={agent.agentId} agentName={agent.name} />
    </article>
  );
}
