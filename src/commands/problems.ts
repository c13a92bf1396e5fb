import type { Event, PageProblem } from '../content/event.js';
import { scrub } from '../secrets.js';
import { inActions, workflowCommand } from '../workflow-commands.js';
import type { GlobalOptions } from './options.js';

/** `path:line:column: message`, or a GitHub annotation (a workflow command, every part escaped) when running in Actions. */
export function formatProblem(p: PageProblem, env: NodeJS.ProcessEnv): string {
  if (inActions(env)) return scrub(workflowCommand(p.severity, p.message, { file: p.path, line: p.line, col: p.column }), env);
  return scrub(`${p.path}:${p.line}:${p.column}: ${p.severity}: ${p.message}`, env);
}

/**
 * Prints a line `formatProblem` (or `workflowCommand`) made: in Actions through `opts.command`, the one way a workflow
 * command reaches the log as a command (everything else printed there is made inert), else as any other line.
 */
export function printCommandOr(line: string, opts: Pick<GlobalOptions, 'env' | 'command' | 'out' | 'err'>, stream: 'out' | 'err'): void {
  if (inActions(opts.env) && opts.command) opts.command(line, stream);
  else opts[stream](line);
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
