import { Link, Outlet } from '@tanstack/react-router';
import { apiKey } from './apiKey';
import { RunnerWarning } from './RunnerWarning';

const sections = [
  { to: '/', label: 'Runs' },
  { to: '/board', label: 'Board' },
  { to: '/agents', label: 'Agents' },
  { to: '/audit', label: 'Audit' },
  { to: '/pipelines', label: 'Pipelines' },
] as const;

export function Layout() {
  return (
    <div className="flex min-h-full flex-col">
      <header className="flex items-center gap-6 border-b bg-slate-900 px-6 py-3 text-slate-100">
        <span className="font-semibold">EventAgents</span>
        <nav className="flex gap-4 text-sm">
          {sections.map((section) => (
            <Link key={section.to} to={section.to} activeOptions={{ exact: section.to === '/' }} className="opacity-80 hover:opacity-100 [&.active]:font-semibold [&.active]:opacity-100">
              {section.label}
            </Link>
          ))}
        </nav>
        <button
          type="button"
          className="ml-auto text-xs opacity-70 hover:opacity-100"
          onClick={() => {
            apiKey.clear();
            window.location.reload();
          }}
        >
          Sign out
        </button>
      </header>
      <RunnerWarning />
      <main className="flex-1 p-6">
        <Outlet />
      </main>
    </div>
  );
}
