import type { Event, PageProblem } from '../content/event.js';
import { scrub } from '../secrets.js';

/** `path:line:column: message`, or a GitHub annotation when running in Actions. */
export function formatProblem(p: PageProblem, env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_ACTIONS === 'true') {
    const msg = p.message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return scrub(`::${p.severity} file=${p.path},line=${p.line},col=${p.column}::${msg}`, env);
  }
  return scrub(`${p.path}:${p.line}:${p.column}: ${p.severity}: ${p.message}`, env);
}

/**
 * Every page that could not be read, warnings about pages that give no talk (no date), and warnings
 * only for talks not yet over: old pages are history.
 */
export function problemsToShow(problems: PageProblem[], events: Event[], now: Date): PageProblem[] {
  const upcoming = new Set(events.filter((e) => (e.end ?? e.start).getTime() >= now.getTime()).map((e) => e.path));
  const talks = new Set(events.flatMap((e) => [e.path, ...(e.translations ?? []).map((t) => t.path)]));
  return problems.filter((p) => p.severity === 'error' || upcoming.has(p.path) || !talks.has(p.path));
}
