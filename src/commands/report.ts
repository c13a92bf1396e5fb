/** How the run and `plan` print: text for people, JSON for scripts (SPEC.md "Machine-readable output"), the step summary. */
import type { PendingRecord } from '../ledger/types.js';
import { attemptsOf, isWebhookRetry, WEBHOOK_ATTEMPTS } from '../run/webhook-attempts.js';
import type { Action, ChannelTarget } from '../plan/index.js';
import { describeWait, type AlreadySent, type Outcome, type RunReport } from '../run/index.js';

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
    ...(a.kind === 'update' ? { changes: a.changes, ...(a.quiet ? { quiet: true } : {}) } : {}),
  };
}

const describe = (a: Action): string => {
  if (a.kind === 'reminder') return `reminder ${a.op === 'post' ? '' : `(${a.op}) `}${a.minutesBefore} min`;
  if (a.kind === 'digest') return `digest ${a.period.id}`;
  if (a.kind === 'update' && a.quiet) return 'update (quiet)';
  return a.kind;
};

const eventsText = (a: Action) => (a.events.length === 0 ? '(nothing to list)' : a.events.join(', '));

/**
 * Actions whose delivery an interrupted run left pending: the run settles them before sending. A Slack bot looks the
 * message up (found: recorded, not sent; the look-up fails: skipped, exit 1); an email, a webhook or the outbox
 * cannot be looked up, and is sent again (an email with the same Message-ID). `plan` makes no look-up, so it says so.
 */
export function pendingNotes(actions: Action[], pending: Record<string, PendingRecord>, targets: ChannelTarget[]): Map<string, string> {
  const notes = new Map<string, string>();
  for (const a of actions) {
    const p = pending[a.key];
    if (!p) continue;
    if (isWebhookRetry(p, a.channel === 'slack' && a.destination === 'webhook' ? 'webhook' : undefined)) {
      notes.set(
        a.key,
        attemptsOf(p) >= WEBHOOK_ATTEMPTS
          ? `(pending: the webhook confirmed none of ${attemptsOf(p)} attempts; recorded as sent, not posted again)`
          : '(pending: the webhook did not confirm it; posted once more at most)',
      );
      continue;
    }
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
  const before = [...renderAlreadySent(report.alreadySent), ...report.pages.waiting.map((w) => `Waiting: ${describeWait(w)}.`)];
  if (report.outcomes.length === 0) return [head, 'Nothing was due.', ...before];
  const lines = report.outcomes.map(
    (o) =>
      `  ${o.status.padEnd(9)} ${describe(o.action).padEnd(24)} ${o.action.channel.padEnd(5)} ${eventsText(o.action)}${o.detail ? `: ${o.detail}` : ''}`,
  );
  const order = ['sent', 'scheduled', 'deleted', 'done', 'planned', 'skipped', 'failed'];
  const totals = order.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  return [head, ...lines, `Total: ${totals.join(', ')}.`, ...before];
}

/**
 * "This period's digest (2024-11-18) has gone out: by email (smtp) at …; on Slack (#seminars) at …. `announce digest
 * --force` sends it again." One sentence per thing asked for, so a person who asked for it knows why nothing came.
 */
export function renderAlreadySent(already: AlreadySent[]): string[] {
  const byWhat = new Map<string, AlreadySent[]>();
  for (const a of already) byWhat.set(a.what, [...(byWhat.get(a.what) ?? []), a]);
  return [...byWhat.entries()].map(([what, items]) => {
    const where = items
      .map((a) => `${a.channel === 'email' ? 'by email' : 'on Slack'} (${a.destination}) at ${a.sentAt}${a.empty ? ', with no talk to list' : ''}`)
      .join('; ');
    return `${what[0]!.toUpperCase()}${what.slice(1)} has gone out: ${where}. \`${items[0]!.again}\` sends it again.`;
  });
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
    ...renderAlreadySent(report.alreadySent).flatMap((line) => ['', line]),
    ...report.pages.waiting.map((w) => `\nWaiting: ${cell(describeWait(w))}.`),
    '',
    '',
  ].join('\n');
}

export function reportJson(report: RunReport) {
  return {
    now: report.now.toISOString(),
    dryRun: report.dryRun,
    exitCode: report.exitCode,
    recovered: report.recovered,
    waiting: report.pages.waiting,
    outcomes: report.outcomes.map((o) => ({ ...planJson(o.action), status: o.status, detail: o.detail })),
  };
}
