import { appendFile } from 'node:fs/promises';
import type { RunOptions } from './options.js';
import type { Context } from '../context.js';
import type { Mailer, SlackPoster } from '../deliver/types.js';
import type { Action, ChannelTarget, PlanMode } from '../plan/index.js';
import type { RunDeps, RunReport, Outcome, SlackLookup } from '../run.js';
import { ConfigError } from '../errors.js';
import { loadContext } from '../context.js';
import { publishState } from '../content/publish.js';
import { resolveEvent } from '../content/resolve.js';
import { memoryLedger, openLedger, readLedger, type LedgerStore } from '../ledger/index.js';
import { channelTargets, executeRun, planFor } from '../run.js';
import { scrub } from '../secrets.js';
import { formatProblem, problemsToShow } from './problems.js';

/** `announce` / `announce run`, and `announce --event <id> [--force]`. */
export async function runCommand(opts: RunOptions): Promise<number> {
  const ctx = await readContext(opts);
  return run(ctx, opts, opts.event === undefined ? { type: 'run' } : eventMode(ctx, opts.event, opts));
}

/**
 * `--event <id>`: the talk, or a ConfigError (exit 2) for one that should not be announced now (a page Hugo
 * would not publish, a cancelled talk, one that has started) unless --force. `plan` and the run share it, so
 * `plan --event` shows what the run would do. With --force the planner treats the page as published.
 */
function eventMode(ctx: Context, query: string, opts: Pick<RunOptions, 'now' | 'force'>): PlanMode {
  const event = resolveEvent(ctx.events, query);
  const state = publishState(event, ctx.site, opts.now);
  if (!opts.force) {
    if (state !== 'published')
      throw new ConfigError(
        `${event.id} is not published at ${opts.now.toISOString()} (${state}): its page would be a 404. Use --force to announce it anyway.`,
      );
    if (event.cancelled)
      throw new ConfigError(`${event.id} is cancelled: an announcement would invite people to a talk that will not happen. Use --force to send it anyway.`);
    if (event.start.getTime() <= opts.now.getTime())
      throw new ConfigError(`${event.id} started at ${event.start.toISOString()}; it is not announced. Use --force to send it anyway.`);
  }
  return { type: 'event', id: event.id, force: opts.force };
}

/** `announce digest`: the current period's digest, now, even when scheduled digests are off. */
export async function digestCommand(opts: RunOptions): Promise<number> {
  const ctx = await readContext(opts);
  return run(ctx, opts, { type: 'digest', force: opts.force });
}

/** `announce plan [--json]`: the run's own planner, without rendering, sending or recording anything. */
export async function planCommand(opts: RunOptions): Promise<number> {
  const ctx = await readContext(opts);
  const ledger = memoryLedger(await readLedger(ctx.config.state));
  const { mailer, slack } = await createTransports(ctx, opts);
  const mode: PlanMode = opts.event === undefined ? { type: 'run' } : eventMode(ctx, opts.event, opts);
  const targets = channelTargets({ mailer, slack }, ctx.config);
  const actions = planFor(runContext(ctx), ledger, { mode, now: opts.now }, targets);
  await Promise.all([mailer?.close()]);
  const notes = pendingNotes(actions, ledger.data().pending, targets);
  if (opts.json) opts.out(JSON.stringify(actions.map((a) => ({ ...planJson(a), ...(notes.has(a.key) ? { pending: true } : {}) })), null, 2));
  else for (const line of renderPlan(actions, opts.now, notes)) opts.out(line);
  return 0;
}

/**
 * Actions whose delivery an interrupted run left pending: the run settles them before sending. A Slack bot looks the
 * message up (found: recorded, not sent; the look-up fails: skipped, exit 1); an email, a webhook or the outbox
 * cannot be looked up, and is sent again (an email with the same Message-ID). `plan` makes no look-up, so it says so.
 */
function pendingNotes(actions: Action[], pending: Record<string, unknown>, targets: ChannelTarget[]): Map<string, string> {
  const notes = new Map<string, string>();
  for (const a of actions) {
    if (!(a.key in pending)) continue;
    const lookup = a.channel === 'slack' && targets.some((t) => t.channel === 'slack' && t.destination === a.destination && t.canSchedule);
    notes.set(
      a.key,
      lookup
        ? '(pending: checked before sending)'
        : `(pending: an interrupted run may have sent it; sent again${a.channel === 'email' ? ' with the same Message-ID' : ''})`,
    );
  }
  return notes;
}

async function readContext(opts: RunOptions): Promise<Context> {
  const ctx = await loadContext(opts);
  for (const w of ctx.configWarnings) opts.err(`warning: ${w}`);
  for (const p of problemsToShow(ctx.problems, ctx.events, opts.now)) opts.err(formatProblem(p, opts.env));
  return ctx;
}

const runContext = (ctx: Context) => ({
  config: ctx.config,
  site: ctx.site,
  events: ctx.events,
  unreadable: ctx.problems.flatMap((p) => (p.severity === 'error' && p.eventId ? [p.eventId] : [])),
});

async function run(ctx: Context, opts: RunOptions, mode: PlanMode): Promise<number> {
  const { mailer, slack } = await createTransports(ctx, opts);
  let ledger: LedgerStore;
  if (opts.dryRun) ledger = memoryLedger(await readLedger(ctx.config.state));
  else
    ledger = await openLedger(ctx.config.state, {
      staleMs: numberFrom(opts.env.ANNOUNCE_LOCK_STALE_MS),
      waitMs: numberFrom(opts.env.ANNOUNCE_LOCK_WAIT_MS),
    });
  let report: RunReport;
  try {
    const [{ renderEmail }, { renderSlack }, { readEmailTemplates }] = await Promise.all([
      import('../render/email/index.js'),
      import('../render/slack/index.js'),
      import('../run/templates.js'),
    ]);
    const templates = readEmailTemplates(ctx.config.templates);
    const deps: RunDeps = {
      mailer,
      slack,
      ledger,
      renderEmail: (input) => renderEmail(input, templates),
      renderSlack,
      warn: (l) => opts.err(`warning: ${l}`),
    };
    report = await executeRun(runContext(ctx), { mode, now: opts.now, dryRun: opts.dryRun }, deps);
  } finally {
    await ledger.close();
    await mailer?.close().catch(() => undefined);
  }
  for (const note of report.recovered) opts.err(`recovered: ${note}`);
  if (opts.json) opts.out(JSON.stringify(reportJson(report), null, 2));
  else for (const line of renderSummary(report)) opts.out(line);
  const stepSummary = opts.env.GITHUB_STEP_SUMMARY;
  if (stepSummary) {
    try {
      await appendFile(stepSummary, scrub(renderStepSummary(report), opts.env));
    } catch (error) {
      opts.err(`warning: cannot write GITHUB_STEP_SUMMARY: ${(error as Error).message}`);
    }
  }
  return report.exitCode;
}

async function createTransports(
  ctx: Context,
  opts: RunOptions,
): Promise<{ mailer: Mailer | null; slack: (SlackPoster & Partial<SlackLookup>) | null }> {
  const outboxDir = ctx.config.outbox;
  const mailer =
    opts.channel === 'slack'
      ? null
      : (await import('../deliver/mailer.js')).createMailer({ env: opts.env, config: ctx.config, outboxDir });
  const slack =
    opts.channel === 'email'
      ? null
      : (await import('../deliver/slack.js')).createSlackPoster({ env: opts.env, config: ctx.config, outboxDir });
  return { mailer, slack };
}

function numberFrom(v: string | undefined): number | undefined {
  const n = v === undefined ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export function planJson(a: Action) {
  return {
    kind: a.kind,
    channel: a.channel,
    events: a.events,
    at: a.at.toISOString(),
    key: a.key,
    destination: a.destination,
    ...(a.kind === 'reminder' ? { op: a.op, minutesBefore: a.minutesBefore } : {}),
    ...(a.kind === 'announcement' ? { reason: a.reason } : {}),
    ...(a.kind === 'cancellation' ? { reason: a.reason } : {}),
    ...(a.kind === 'update' ? { changes: a.changes } : {}),
  };
}

const describe = (a: Action): string => {
  if (a.kind === 'reminder') return `reminder ${a.op === 'post' ? '' : `(${a.op}) `}${a.minutesBefore} min`;
  if (a.kind === 'digest') return `digest ${a.period.id}`;
  return a.kind;
};

const eventsText = (a: Action) => (a.events.length === 0 ? '(nothing to list)' : a.events.join(', '));

/** `notes`: by action key, a note to add to its line (see pendingNotes). */
export function renderPlan(actions: Action[], now: Date, notes: Map<string, string> = new Map()): string[] {
  if (actions.length === 0) return [`Nothing is due at ${now.toISOString()}.`];
  return [
    `Due at ${now.toISOString()}: ${actions.length} action${actions.length === 1 ? '' : 's'}`,
    ...actions.map(
      (a) =>
        `  ${describe(a).padEnd(24)} ${a.channel.padEnd(5)} ${a.destination.padEnd(24)} ${a.at.toISOString()}  ${eventsText(a)}${notes.has(a.key) ? `  ${notes.get(a.key)}` : ''}`,
    ),
  ];
}

export function renderSummary(report: RunReport): string[] {
  const counts = new Map<string, number>();
  for (const o of report.outcomes) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
  const head = report.dryRun ? `Dry run at ${report.now.toISOString()}: nothing sent, nothing recorded.` : `Run at ${report.now.toISOString()}.`;
  if (report.outcomes.length === 0) return [head, 'Nothing was due.'];
  const lines = report.outcomes.map(
    (o) =>
      `  ${o.status.padEnd(9)} ${describe(o.action).padEnd(24)} ${o.action.channel.padEnd(5)} ${eventsText(o.action)}${o.detail ? `: ${o.detail}` : ''}`,
  );
  const order = ['sent', 'scheduled', 'deleted', 'done', 'planned', 'skipped', 'failed'];
  const totals = order.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  return [head, ...lines, `Total: ${totals.join(', ')}.`];
}

export function renderStepSummary(report: RunReport): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const rows = report.outcomes.map(
    (o: Outcome) =>
      `| ${o.status} | ${cell(describe(o.action))} | ${o.action.channel} | ${cell(eventsText(o.action))} | ${cell(o.detail ?? '')} |`,
  );
  return [
    `### Seminar announcements${report.dryRun ? ' (dry run)' : ''}: ${report.now.toISOString()}`,
    '',
    ...(rows.length === 0
      ? ['Nothing was due.']
      : ['| Status | Message | Channel | Events | Detail |', '| --- | --- | --- | --- | --- |', ...rows]),
    '',
    '',
  ].join('\n');
}

function reportJson(report: RunReport) {
  return {
    now: report.now.toISOString(),
    dryRun: report.dryRun,
    exitCode: report.exitCode,
    recovered: report.recovered,
    outcomes: report.outcomes.map((o) => ({ ...planJson(o.action), status: o.status, detail: o.detail })),
  };
}
