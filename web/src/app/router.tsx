import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { Layout } from './Layout';
import { RunsPage, type RunsSearch } from '../runs/RunsPage';
import { RunPage } from '../runs/RunPage';
import { BoardPage } from '../board/BoardPage';
import { TaskPage } from '../board/TaskPage';
import { AgentsPage } from '../agents/AgentsPage';
import { AuditPage, type AuditSearch } from '../audit/AuditPage';
import { PipelinesPage } from '../pipelines/PipelinesPage';

const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);

const rootRoute = createRootRoute({ component: Layout });

const runsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): RunsSearch => ({ status: text(search.status), pipelineId: text(search.pipelineId), projectId: text(search.projectId) }),
  component: RunsPage,
});

export const runRoute = createRoute({ getParentRoute: () => rootRoute, path: '/runs/$runId', component: RunPage });

export const boardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/board',
  validateSearch: (search: Record<string, unknown>): { boardId?: string } => ({ boardId: text(search.boardId) }),
  component: BoardPage,
});

export const taskRoute = createRoute({ getParentRoute: () => rootRoute, path: '/boards/$boardId/tasks/$taskId', component: TaskPage });

export const agentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/agents',
  validateSearch: (search: Record<string, unknown>): { agentId?: string } => ({ agentId: text(search.agentId) }),
  component: AgentsPage,
});

export const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/audit',
  validateSearch: (search: Record<string, unknown>): AuditSearch => ({ stream: text(search.stream) }),
  component: AuditPage,
});

export const pipelinesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/pipelines',
  validateSearch: (search: Record<string, unknown>): { pipelineId?: string } => ({ pipelineId: text(search.pipelineId) }),
  component: PipelinesPage,
});

export const routeTree = rootRoute.addChildren([runsRoute, runRoute, boardRoute, taskRoute, agentsRoute, auditRoute, pipelinesRoute]);

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
