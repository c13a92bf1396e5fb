/**
 * announce.waitForPage: before a talk is announced or listed for the first time, its permalink is requested, so that
 * no message links to a page the website does not show yet (a page with a publishDate appears only with the next
 * build after it). I/O at the edge: the answers are handed to the pure planner as data (PlanOptions.waiting).
 */
import type { LedgerData } from '../ledger/types.js';
import { planRun, type Action, type ChannelTarget, type PlanMode } from '../plan/index.js';
import type { RunContext } from './types.js';

/** What the website answered for a page: an HTTP status after redirects, or why there was no answer. */
export type PageAnswer = { status: number } | { error: string };

/** Requests one page (see createPageRequester); tests and the CLI pass their own timeout. */
export type PageRequester = (url: string) => Promise<PageAnswer>;

/** A talk held back: its page answered 404 or 410. */
export interface PageWait {
  event: string;
  url: string;
  status: number;
}

/** A page that could not be checked: its talk is not held back (a slow or broken website is no reason to stay silent). */
export interface PageWarning {
  event: string;
  url: string;
  detail: string;
}

export interface PageChecks {
  waiting: PageWait[];
  warnings: PageWarning[];
}

export const NO_PAGE_CHECKS: PageChecks = { waiting: [], warnings: [] };

/** How long one page may take to answer, and how many are requested at once. */
export const PAGE_TIMEOUT_MS = 5_000;
const CONCURRENCY = 4;

/** 404 and 410 mean the page is not (or no longer) on the website: anything else is not evidence that it is missing. */
const NOT_THERE = new Set([404, 410]);

/**
 * HEAD, and GET when the server refuses HEAD (405, 501), redirects followed, within `timeoutMs` each. The body of a
 * GET is not read.
 */
export function createPageRequester(opts: { timeoutMs?: number } = {}): PageRequester {
  const timeoutMs = opts.timeoutMs ?? PAGE_TIMEOUT_MS;
  const request = async (url: string, method: 'HEAD' | 'GET') => {
    const res = await fetch(url, {
      method,
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': 'seminar-announcer (announce.waitForPage)' },
    });
    await res.body?.cancel().catch(() => undefined);
    return res.status;
  };
  return async (url) => {
    try {
      let status = await request(url, 'HEAD');
      if (status === 405 || status === 501) status = await request(url, 'GET');
      return { status };
    } catch (error) {
      return { error: describeFailure(error, timeoutMs) };
    }
  };
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer within ${Math.round(timeoutMs / 100) / 10} s`;
  const code = e.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `the host name does not resolve (${code})`;
  if (code) return `${code}${e.cause?.message ? `: ${e.cause.message}` : ''}`;
  return e.cause?.message ?? e.message ?? String(error);
}

/**
 * The talks that this run would tell people about for the first time (listed in a digest, or announced on its own)
 * on some destination: the ones whose page must answer first. The planner's own answer, without waits.
 */
export function firstTellings(actions: Action[], ledger: LedgerData): string[] {
  const told = new Set<string>();
  for (const r of Object.values(ledger.deliveries))
    if (r.status === 'sent' && r.kind !== 'reminder') for (const id of r.events) told.add(`${r.channel}\n${r.destination}\n${id}`);
  const out = new Set<string>();
  for (const a of actions)
    if (a.kind === 'digest' || (a.kind === 'announcement' && a.reason !== 'manual'))
      for (const id of a.events) if (!told.has(`${a.channel}\n${a.destination}\n${id}`)) out.add(id);
  return [...out];
}

/**
 * Requests the pages of the talks this run would tell people about for the first time (at most CONCURRENCY at once)
 * and sorts them: 404/410 wait; a 2xx or 3xx-then-2xx goes ahead; any other answer goes ahead with a warning.
 * `--event` is a person's decision and is not held back.
 */
export async function readPageChecks(
  ctx: RunContext,
  ledger: LedgerData,
  targets: ChannelTarget[],
  now: Date,
  mode: PlanMode,
  requestPage: PageRequester,
): Promise<PageChecks> {
  if (!ctx.config.announce.waitForPage || mode.type === 'event') return NO_PAGE_CHECKS;
  const actions = planRun(ctx.events, ledger, ctx.config, ctx.site, now, targets, { mode, unreadable: ctx.unreadable, domain: ctx.siteInfo.domain });
  const ids = firstTellings(actions, ledger);
  const byId = new Map(ctx.events.map((e) => [e.id, e]));
  const pages = ids.flatMap((id) => {
    const url = byId.get(id)?.permalink;
    return url ? [{ id, url }] : [];
  });
  const answers = new Map<string, PageAnswer>();
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const page = pages[next++]!;
      answers.set(page.id, /^https?:\/\//i.test(page.url) ? await requestPage(page.url) : { error: 'not an http(s) URL (set baseURL in the Hugo configuration)' });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, pages.length) }, worker));
  const checks: PageChecks = { waiting: [], warnings: [] };
  for (const { id, url } of pages) {
    const answer = answers.get(id)!;
    if ('error' in answer) checks.warnings.push({ event: id, url, detail: `${answer.error}; announced anyway` });
    else if (NOT_THERE.has(answer.status)) checks.waiting.push({ event: id, url, status: answer.status });
    else if (answer.status >= 300) checks.warnings.push({ event: id, url, detail: `answered ${answer.status}; announced anyway` });
  }
  return checks;
}

/** "event/x waits: https://…/ answers 404 (not on the website yet); it goes out from the first run that finds it." */
export const describeWait = (w: PageWait): string =>
  `${w.event} waits for its page: ${w.url} answers ${w.status} (not on the website yet); it goes out from the first run that finds the page`;

export const describePageWarning = (w: PageWarning): string => `${w.event}: its page ${w.url} could not be checked: ${w.detail}`;
