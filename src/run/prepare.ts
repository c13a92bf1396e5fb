/**
 * The one preparation step of every command that looks ahead: what is due (the planner) and what each message will
 * say (its renderer input). `announce`, `digest`, `--event`, `--dry-run`, `plan` and `preview` all prepare here, so
 * what `plan` lists and `preview` shows is what a run sends. Pure.
 */
import type { Context } from '../context.js';
import { publishState } from '../content/publish.js';
import { resolveEvent } from '../content/resolve.js';
import { ConfigError } from '../errors.js';
import { emailDestination } from '../ledger/keys.js';
import type { LedgerData } from '../ledger/types.js';
import { siteInfoOf } from '../model.js';
import { massCancellations, planRun, type Action, type ChannelTarget, type MassCancel, type PlanMode } from '../plan/index.js';
import { actionInputs, type ActionInputs } from './message-input.js';
import { NO_PAGE_CHECKS, type PageChecks } from './page-waits.js';
import type { RunContext, Transports } from './types.js';

/** The run's view of what the commands read: the pages that failed are kept by id, and the site's host derived once. */
export function runContextOf(ctx: Pick<Context, 'config' | 'site' | 'events' | 'problems'>): RunContext {
  return {
    config: ctx.config,
    site: ctx.site,
    siteInfo: siteInfoOf(ctx.site),
    events: ctx.events,
    // A page that is there but gives no talk (unreadable, or no date) is not a deleted talk.
    unreadable: ctx.problems.flatMap((p) => (p.eventId ? [p.eventId] : [])),
  };
}

/** The destinations of this run's keys (the run, `plan` and `preview` all take them from here). */
export function channelTargets(transports: Transports): ChannelTarget[] {
  const out: ChannelTarget[] = [];
  const { mailer, slack } = transports;
  if (mailer) out.push({ channel: 'email', destination: emailDestination(mailer.transport), canSchedule: false });
  if (slack) out.push({ channel: 'slack', destination: slack.destination, canSchedule: slack.canSchedule });
  return out;
}

/**
 * `--event <id>`: the talk, or a ConfigError (exit 2) for one that should not be announced now (a page Hugo would
 * not publish, a cancelled talk, one that has started) unless `force`. `plan` and the run share it, so `plan --event`
 * shows what the run would do. With `force` the planner treats the page as published.
 */
export function eventMode(ctx: Pick<RunContext, 'events' | 'site'>, query: string, now: Date, force: boolean): PlanMode {
  const event = resolveEvent(ctx.events, query);
  if (!force) {
    const state = publishState(event, ctx.site, now);
    if (state !== 'published')
      throw new ConfigError(`${event.id} is not published at ${now.toISOString()} (${state}): its page would be a 404. Use --force to announce it anyway.`);
    if (event.cancelled)
      throw new ConfigError(`${event.id} is cancelled: an announcement would invite people to a talk that will not happen. Use --force to send it anyway.`);
    if (event.start.getTime() <= now.getTime())
      throw new ConfigError(`${event.id} started at ${event.start.toISOString()}; it is not announced. Use --force to send it anyway.`);
  }
  return { type: 'event', id: event.id, force };
}

export interface Prepared {
  /** Everything due at `now` and not yet in the ledger, in the order it is delivered. */
  actions: Action[];
  /** By action key: what its message says. Absent for actions that render nothing (see actionInputs). */
  inputs: ReadonlyMap<string, ActionInputs>;
  /** announce.waitForPage: the pages that held their talk back, and those that could not be checked. */
  pages: PageChecks;
  /** Destinations where the run would cancel most announced upcoming talks at once (see plan/mass-cancel.ts). */
  massCancel: MassCancel[];
}

/**
 * What is due at `now` on these destinations, and the input of each message: the single planning call. `pages`: what
 * the website answered for the talks' pages (readPageChecks, announce.waitForPage), read before.
 */
export function prepareRun(
  ctx: RunContext,
  ledger: LedgerData,
  targets: ChannelTarget[],
  now: Date,
  mode: PlanMode,
  pages: PageChecks = NO_PAGE_CHECKS,
): Prepared {
  const options = { mode, unreadable: ctx.unreadable, domain: ctx.siteInfo.domain, waiting: pages.waiting.map((w) => w.event) };
  const actions = planRun(ctx.events, ledger, ctx.config, ctx.site, now, targets, options);
  const massCancel = massCancellations(actions, ctx.events, ledger, ctx.config, ctx.site, now, targets, options);
  const inputs = new Map<string, ActionInputs>();
  for (const action of actions) {
    const input = actionInputs(action, ctx, now);
    if (input) inputs.set(action.key, input);
  }
  return { actions, inputs, pages, massCancel };
}
