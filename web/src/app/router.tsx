import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { Layout } from './Layout';
import { RunsPage, type RunsSearch } from '../runs/RunsPage';
import type { AuditSearch } from '../audit/AuditPage';

const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);

const rootRoute = createRootRoute({ component: Layout });

const runsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): RunsSearch => ({ status: text(search.status), pipelineId: text(search.pipelineId), projectId: text(search.projectId) }),
  component: RunsPage,
});

export const runRoute = createRoute({ getParentRoute: () => rootRoute, path: '/runs/$runId', component: lazyRouteComponent(() => import('../runs/RunPage'), 'RunPage') });

export const boardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/board',
  validateSearch: (search: Record<string, unknown>): { boardId?: string } => ({ boardId: text(search.boardId) }),
  component: lazyRouteComponent(() => import('../board/BoardPage'), 'BoardPage'),
});

export const taskRoute = createRoute({ getParentRoute: () => rootRoute, path: '/boards/$boardId/tasks/$taskId', component: lazyRouteComponent(() => import('../board/TaskPage'), 'TaskPage') });

export const agentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/agents',
  validateSearch: (search: Record<string, unknown>): { agentId?: string } => ({ agentId: text(search.agentId) }),
  component: lazyRouteComponent(() => import('../agents/AgentsPage'), 'AgentsPage'),
});

export const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/audit',
  validateSearch: (search: Record<string, unknown>): AuditSearch => ({ stream: text(search.stream) }),
  component: lazyRouteComponent(() => import('../audit/AuditPage'), 'AuditPage'),
});

export const pipelinesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/pipelines',
  validateSearch: (search: Record<string, unknown>): { pipelineId?: string } => ({ pipelineId: text(search.pipelineId) }),
  component: lazyRouteComponent(() => import('../pipelines/PipelinesPage'), 'PipelinesPage'),
});

export const routeTree = rootRoute.addChildren([runsRoute, runRoute, boardRoute, taskRoute, agentsRoute, auditRoute, pipelinesRoute]);

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
