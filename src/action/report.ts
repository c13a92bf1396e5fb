/**
 * What the action makes of `announce run --json` / `announce digest --json`: the `sent` and `failed` outputs and a
 * few lines for the log (the job summary is the CLI's own). Pure; the report's shape is the CLI's stable JSON.
 */

export interface ReportOutcome {
  kind: string;
  channel: string;
  events: string[];
  status: string;
  detail?: string | null;
}

export interface RunCounts {
  /** Messages that went out: sent, or handed to Slack to post at their time (a scheduled reminder). */
  sent: number;
  /** Deliveries that failed; the next run retries them. */
  failed: number;
}

/** The report's outcomes, or null when the text is not a report (a configuration error printed nothing). */
export function parseReport(text: string): ReportOutcome[] | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const outcomes = (raw as { outcomes?: unknown } | null)?.outcomes;
  if (!Array.isArray(outcomes)) return null;
  return outcomes.flatMap((o): ReportOutcome[] => {
    if (typeof o !== 'object' || o === null) return [];
    const r = o as Record<string, unknown>;
    if (typeof r.status !== 'string') return [];
    return [
      {
        kind: String(r.kind ?? ''),
        channel: String(r.channel ?? ''),
        events: Array.isArray(r.events) ? r.events.map(String) : [],
        status: r.status,
        detail: typeof r.detail === 'string' ? r.detail : null,
      },
    ];
  });
}

export function countOutcomes(outcomes: ReportOutcome[]): RunCounts {
  return {
    sent: outcomes.filter((o) => o.status === 'sent' || o.status === 'scheduled').length,
    failed: outcomes.filter((o) => o.status === 'failed').length,
  };
}

/** One line per outcome and a total, for the step's log. */
export function summaryLines(outcomes: ReportOutcome[]): string[] {
  if (outcomes.length === 0) return ['Nothing was due.'];
  const lines = outcomes.map(
    (o) =>
      `  ${o.status.padEnd(9)} ${o.kind.padEnd(12)} ${o.channel.padEnd(5)} ${o.events.length ? o.events.join(', ') : '(nothing to list)'}${o.detail ? `: ${o.detail}` : ''}`,
  );
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
  return [...lines, `Total: ${[...counts].map(([s, n]) => `${n} ${s}`).join(', ')}.`];
}
