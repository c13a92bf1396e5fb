/**
 * One run: plan what is due → render it all → verify the transports → deliver each message and record
 * it at once. Reading the site and opening (locking) the ledger happen before, in the command.
 *
 * When a delivery counts as sent, in one place: when its transport confirms it (SMTP `250` after DATA,
 * Slack `ok: true` with a `ts` or scheduled id, the outbox file written). The ledger entry is appended
 * synchronously right after that answer, before anything else happens. Just before sending, a
 * "pending" entry is appended: a run killed between the server's acceptance and the record leaves it
 * behind, and the next run looks the message up in Slack (posts carry metadata, scheduled messages are
 * listed) instead of posting it twice. SMTP offers no such look-up: an email in that window is sent
 * again, with the same Message-ID so that clients and list servers can recognise the copy.
 */
import type { Config } from './config/config.js';
import type { Event } from './content/event.js';
import type { HugoSite } from './site/types.js';
import type { Mailer, OutgoingEmail, OutgoingSlack, SlackPoster } from './deliver/types.js';
import type { MessageInput, RenderedEmail, SlackPayload } from './render/types.js';
import { AnnounceError, DeliveryError } from './errors.js';
import { emailDestination, saidOf } from './ledger/keys.js';
import type { DeliveryRecord, LedgerStore, Said } from './ledger/index.js';
import { planPublishedSinceForced, planRun, type Action, type ChannelTarget, type PlanMode } from './plan/index.js';
import { publishState } from './content/publish.js';

export interface RunContext {
  config: Config;
  site: HugoSite;
  events: Event[];
  /** Event ids of the pages that could not be read this time (see PageProblem.eventId). */
  unreadable: string[];
}

export interface RunRequest {
  mode: PlanMode;
  now: Date;
  /** Plan and render everything, send nothing, record nothing. */
  dryRun: boolean;
}

/** Optional Slack look-ups that make a retried post safe after a crash; a poster without them is trusted less. */
export interface SlackLookup {
  findPosted(q: { kind: string; events: string[]; threadTs: string | null; since: Date }): Promise<{ ts: string; channel: string } | null>;
  findScheduled(q: { postAt: Date; text: string }): Promise<{ scheduledId: string; channel: string } | null>;
}

export interface RunDeps {
  /** null: the channel is not used in this run (`--channel`). */
  mailer: Mailer | null;
  slack: (SlackPoster & Partial<SlackLookup>) | null;
  ledger: LedgerStore;
  renderEmail: (input: MessageInput) => Promise<RenderedEmail>;
  renderSlack: (input: MessageInput) => SlackPayload;
  /** Progress and warnings (stderr in the CLI). */
  warn?: (line: string) => void;
}

export type OutcomeStatus = 'sent' | 'scheduled' | 'deleted' | 'done' | 'planned' | 'skipped' | 'failed';

export interface Outcome {
  action: Action;
  status: OutcomeStatus;
  detail: string | null;
}

export interface RunReport {
  now: Date;
  dryRun: boolean;
  outcomes: Outcome[];
  /** Messages found or resent after an earlier run was stopped mid-delivery. */
  recovered: string[];
  /** 0 done; 1 a delivery failed (retried next run); 2 configuration (a transport rejected our credentials). */
  exitCode: 0 | 1 | 2;
}

/** The destinations of this run's keys (the run, `plan` and `preview` all take them from here). */
export function channelTargets(deps: Pick<RunDeps, 'mailer' | 'slack'>, config: Config): ChannelTarget[] {
  const out: ChannelTarget[] = [];
  if (deps.mailer) out.push({ channel: 'email', destination: emailDestination(deps.mailer.transport), canSchedule: false });
  if (deps.slack) out.push({ channel: 'slack', destination: deps.slack.destination, canSchedule: deps.slack.canSchedule });
  return out;
}

/** What `announce plan` shows and `announce` does: the single planning call both use. */
export function planFor(ctx: RunContext, ledger: LedgerStore, req: Pick<RunRequest, 'mode' | 'now'>, targets: ChannelTarget[]): Action[] {
  return planRun(ctx.events, ledger.data(), ctx.config, ctx.site, req.now, targets, {
    mode: req.mode,
    unreadable: ctx.unreadable,
  });
}

interface Rendered {
  email?: RenderedEmail;
  slack?: SlackPayload;
  /** Update on Slack: the announcement as it should now read (the original is edited). */
  slackEdit?: SlackPayload;
}

export async function executeRun(ctx: RunContext, req: RunRequest, deps: RunDeps): Promise<RunReport> {
  const warn = deps.warn ?? (() => undefined);
  const recovered = req.dryRun ? [] : await recoverPending(deps, warn);
  if (!req.dryRun) {
    // Talks announced with --force before Hugo published them, published now: unpublishing them again is news.
    // This only amends what earlier records said; it sends nothing.
    const pending = deps.ledger.data().pending;
    for (const { key, record } of planPublishedSinceForced(ctx.events, deps.ledger.data(), ctx.site, req.now))
      if (!(key in pending)) deps.ledger.complete(key, record);
  }
  const actions = planFor(ctx, deps.ledger, req, channelTargets(deps, ctx.config));
  const outcomes: Outcome[] = [];
  let exitCode: 0 | 1 | 2 = 0;
  const failed = new Set<string>();
  const succeeded = new Set<string>();
  const fail = (action: Action, error: unknown) => {
    failed.add(action.key);
    const code = error instanceof AnnounceError ? error.exitCode : 1;
    if (code === 2) exitCode = 2;
    else if (exitCode === 0) exitCode = 1;
    outcomes.push({ action, status: 'failed', detail: messageOf(error) });
  };

  // Everything is rendered before anything is sent: a template that fails is reported with the others.
  const verifying = req.dryRun ? Promise.resolve(new Map<string, unknown>()) : verifyTransports(actions, deps);
  const rendered = new Map<string, Rendered | Error>();
  for (const action of actions) {
    try {
      rendered.set(action.key, await renderAction(action, ctx, req.now, deps));
    } catch (error) {
      rendered.set(action.key, error instanceof Error ? error : new Error(String(error)));
    }
  }
  const unverified = await verifying;

  for (const action of actions) {
    const r = rendered.get(action.key);
    if (r instanceof Error) {
      fail(action, r);
      continue;
    }
    if (unverified.has(action.channel)) {
      fail(action, unverified.get(action.channel));
      continue;
    }
    if (action.after && !succeeded.has(action.after)) {
      failed.add(action.key);
      outcomes.push({ action, status: 'skipped', detail: 'waits until the message announcing the talk has gone out' });
      continue;
    }
    if (req.dryRun) {
      outcomes.push({ action, status: 'planned', detail: null });
      succeeded.add(action.key);
      continue;
    }
    if (action.key in deps.ledger.data().pending) {
      // Still pending after recovery: a stopped run may have delivered it and the look-up could not tell.
      // Sending it now could make a second copy; it waits (exit 1, so the workflow shows it) for a run that can look.
      failed.add(action.key);
      if (exitCode === 0) exitCode = 1;
      outcomes.push({
        action,
        status: 'skipped',
        detail: 'an interrupted run may already have sent it and it could not be looked up (see the warning); not sent again until a run can check',
      });
      continue;
    }
    try {
      deps.ledger.assertHeld();
      const outcome = await deliver(action, r ?? {}, ctx, req.now, deps);
      outcomes.push(outcome);
      if (outcome.status !== 'skipped') succeeded.add(action.key);
    } catch (error) {
      // A definite refusal (invalid_auth, channel_not_found, a 429 before sending, an SMTP 4xx/5xx reply) means
      // nothing was delivered: forget the pending mark so the next run sends it. A failure after which the server
      // may have acted and that could not be checked (a Slack post whose answer was lost and whose look-up failed)
      // keeps it: the next run looks it up first, or skips it (exit 1) while it cannot, exactly as after a kill.
      // Email never reports itself unsettled (see createSmtpMailer): SMTP has no look-up, so a pending mark would
      // hold an email back forever; a connection dropped after DATA is sent again with the same Message-ID.
      if (error instanceof DeliveryError && error.unsettled) warn(`${action.key} may have been delivered and could not be checked; it stays pending until a run can look it up`);
      else deps.ledger.abandon(action.key);
      fail(action, error);
      // A ledger that cannot be written or a lost lock makes every further send unsafe.
      if (error instanceof AnnounceError && error.name === 'LedgerError') break;
    }
  }
  return { now: req.now, dryRun: req.dryRun, outcomes, recovered, exitCode };
}

/** Checks each transport that has something to do; a failing one fails its channel only. */
async function verifyTransports(actions: Action[], deps: RunDeps): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  const uses = (c: string) => actions.some((a) => a.channel === c);
  const checks: Array<Promise<void>> = [];
  if (deps.mailer && uses('email')) checks.push(deps.mailer.verify().catch((e: unknown) => void out.set('email', e)));
  if (deps.slack && uses('slack')) checks.push(deps.slack.verify().catch((e: unknown) => void out.set('slack', e)));
  await Promise.all(checks);
  return out;
}

/**
 * Settles the deliveries a stopped run left pending. A Slack post or scheduled message that is found
 * is recorded as it was; anything not found (or not searchable: email, webhooks) is forgotten, so the
 * planner plans it again. One whose look-up fails stays pending, and executeRun does not send it.
 */
async function recoverPending(deps: RunDeps, warn: (line: string) => void): Promise<string[]> {
  const notes: string[] = [];
  const pending = Object.entries(deps.ledger.data().pending);
  for (const [key, p] of pending) {
    const r = p.record;
    const slack = deps.slack;
    if (r.channel === 'slack' && slack && slack.destination === r.destination && slack.canSchedule) {
      try {
        if (r.status === 'scheduled' && slack.findScheduled) {
          const found = await slack.findScheduled({ postAt: new Date(r.at), text: p.text ?? '' });
          if (found) {
            deps.ledger.complete(key, { ...r, sentAt: p.since, scheduled: { channel: found.channel, id: found.scheduledId } });
            notes.push(`${key}: found scheduled in Slack after an interrupted run; recorded`);
            continue;
          }
        } else if (r.status === 'sent' && slack.findPosted) {
          const found = await slack.findPosted({ kind: r.kind, events: r.events, threadTs: p.threadTs, since: new Date(p.since) });
          if (found) {
            deps.ledger.complete(key, { ...r, sentAt: p.since, slack: { channel: found.channel, ts: found.ts } });
            notes.push(`${key}: found in Slack after an interrupted run; recorded`);
            continue;
          }
        }
      } catch (error) {
        // Without an answer we cannot tell whether it went out: leave it pending and do not send it now.
        warn(`could not check Slack for ${key} (${messageOf(error)}); it stays pending until a run can`);
        continue;
      }
    } else if (r.channel === 'email') {
      notes.push(`${key}: an interrupted run may have sent it; sending again with the same Message-ID ${r.messageId ?? ''}`.trim());
    }
    deps.ledger.abandon(key);
  }
  return notes;
}

async function renderAction(action: Action, ctx: RunContext, now: Date, deps: RunDeps): Promise<Rendered> {
  if (action.kind === 'reminder' && action.op === 'delete') return {};
  if (action.kind === 'digest' && action.events.length === 0) return {};
  const input = messageInput(action, ctx, now);
  if (action.channel === 'email') return { email: await deps.renderEmail(input) };
  const out: Rendered = { slack: deps.renderSlack(input) };
  if (action.kind === 'update' && action.thread.editable && action.thread.slack?.ts)
    out.slackEdit = deps.renderSlack({ ...input, kind: 'announcement', changes: undefined });
  return out;
}

/** Exported for `announce preview`, which renders exactly what the run would send. */
export /** Event id → event, built once per run rather than once per message. */
const indexes = new WeakMap<Event[], Map<string, Event>>();
function eventsById(events: Event[]): Map<string, Event> {
  let index = indexes.get(events);
  if (!index) indexes.set(events, (index = new Map(events.map((e) => [e.id, e]))));
  return index;
}

/** What the renderers get for an action (shared with `preview`, so it shows exactly what a run sends). */
export function messageInput(action: Action, ctx: RunContext, now: Date): MessageInput {
  const byId = eventsById(ctx.events);
  const event = (id: string) => byId.get(id) ?? null;
  let host = 'localhost';
  try {
    host = new URL(ctx.site.baseURL).host || host;
  } catch {
    /* keep localhost */
  }
  const base = {
    kind: action.kind,
    config: ctx.config,
    site: { title: ctx.site.title, baseURL: ctx.site.baseURL, host },
    now,
    sequence: action.sequence,
  };
  switch (action.kind) {
    case 'digest':
      return {
        ...base,
        events: action.events.map((id) => event(id)).filter((e): e is Event => e !== null),
        period: { from: action.period.start, to: action.period.to },
      };
    case 'announcement':
      return { ...base, events: [event(action.event)!] };
    case 'reminder':
      return { ...base, events: [event(action.event)!], minutesBefore: action.minutesBefore };
    case 'update':
      return { ...base, events: [event(action.event)!], changes: action.changes };
    case 'cancellation': {
      const e = event(action.event);
      return { ...base, events: [e ? { ...e, cancelled: true } : eventFromSaid(action.event, action.previous)] };
    }
  }
}

/** A deleted page can only be named from what the ledger says we told people about it. */
function eventFromSaid(id: string, said: Said): Event {
  const start = new Date(said.start);
  return {
    id,
    path: '',
    section: id.split('/')[0] ?? '',
    lang: null,
    slug: null,
    title: said.title,
    start,
    end: said.end ? new Date(said.end) : null,
    allDay: said.allDay,
    timezone: 'UTC',
    date: start,
    publishDate: null,
    expiryDate: null,
    draft: false,
    cancelled: true,
    permalink: said.permalink,
    location: said.location,
    address: null,
    speakers: said.speakers,
    abstract: null,
    summary: null,
    bio: null,
    eventName: null,
    links: [],
  };
}

/** The ledger entry for an action, before the transport has answered. */
export function recordOf(action: Action, ctx: RunContext, now: Date): DeliveryRecord {
  const byId = eventsById(ctx.events);
  const said: Record<string, Said> = {};
  const paths: Record<string, string> = {};
  for (const id of action.events) {
    const e = byId.get(id);
    if (e) paths[id] = e.path;
    if (action.kind === 'cancellation') said[id] = { ...action.previous, cancelled: true, fingerprint: saidOf(eventFromSaid(id, action.previous), true).fingerprint };
    // A reminder's `said` is what a scheduled one will show, so that a change of details re-schedules it.
    else if (e && !(action.kind === 'reminder' && action.op === 'delete')) said[id] = saidNow(e, ctx.site, now);
  }
  return {
    kind: action.kind,
    channel: action.channel,
    destination: action.destination,
    events: action.events,
    period: action.kind === 'digest' ? action.period.id : null,
    status: 'sent',
    sentAt: now.toISOString(),
    at: action.at.toISOString(),
    said,
    sequence: Math.max(0, ...Object.values(action.sequence)),
    messageId: action.messageId,
    slack: null,
    scheduled: null,
    minutesBefore: action.kind === 'reminder' ? action.minutesBefore : null,
    paths,
  };
}

/**
 * What a message says about a talk as it stands at `now`. A talk announced with --force may be cancelled or
 * unpublished: that is recorded too, so that the next run does not send a cancellation for what people were told.
 */
function saidNow(e: Event, site: HugoSite, now: Date): Said {
  const said = saidOf(e, e.cancelled);
  const state = publishState(e, site, now);
  return state === 'published' ? said : { ...said, unpublished: state };
}

async function deliver(action: Action, r: Rendered, ctx: RunContext, now: Date, deps: RunDeps): Promise<Outcome> {
  const { ledger } = deps;
  const record = recordOf(action, ctx, now);
  // sentAt is the wall-clock instant of confirmation; `now` may be a replayed --now.
  const confirmed = (over: Partial<DeliveryRecord>): DeliveryRecord => ({ ...record, sentAt: new Date().toISOString(), ...over });

  if (action.kind === 'digest' && action.events.length === 0) {
    ledger.complete(action.key, { ...record, status: 'empty' });
    return { action, status: 'done', detail: 'nothing to list this period' };
  }

  if (action.channel === 'email') {
    const mailer = deps.mailer!;
    if (action.kind === 'reminder' && action.op === 'delete') {
      ledger.complete(action.key, { ...record, status: 'deleted' });
      return { action, status: 'deleted', detail: null };
    }
    const thread = action.kind === 'update' || action.kind === 'cancellation' ? action.thread : null;
    const mail: OutgoingEmail = {
      ...r.email!,
      kind: action.kind,
      events: action.events,
      from: ctx.config.email.from,
      to: ctx.config.email.to,
      cc: ctx.config.email.cc,
      bcc: ctx.config.email.bcc,
      replyTo: ctx.config.email.replyTo,
      messageId: action.messageId!,
      inReplyTo: thread?.messageId ?? null,
      references: thread?.references ?? [],
      headers: listHeaders(ctx.config),
    };
    ledger.begin(action.key, { since: new Date().toISOString(), threadTs: null, text: null, record });
    await mailer.sendEmail(mail);
    ledger.complete(action.key, confirmed({}));
    return { action, status: 'sent', detail: mailer.destination };
  }

  const slack = deps.slack!;
  const msg = (threadTs: string | null = null): OutgoingSlack => ({ ...r.slack!, kind: action.kind, events: action.events, threadTs, key: action.key });

  if (action.kind === 'reminder') {
    if (action.replaces) await slack.deleteScheduledMessage(action.replaces.channel, action.replaces.id);
    if (action.op === 'delete') {
      ledger.complete(action.key, confirmed({ status: 'deleted', scheduled: action.replaces }));
      return { action, status: 'deleted', detail: null };
    }
    if (action.op === 'schedule') {
      ledger.begin(action.key, {
        since: new Date().toISOString(),
        threadTs: null,
        text: r.slack!.text,
        record: { ...record, status: 'scheduled' },
      });
      try {
        const res = await slack.scheduleMessage(msg(), action.at);
        ledger.complete(action.key, confirmed({ status: 'scheduled', scheduled: { channel: res.channel, id: res.scheduledId } }));
        return { action, status: 'scheduled', detail: `for ${action.at.toISOString()}` };
      } catch (error) {
        const code = (error as { slackError?: string }).slackError;
        if (code === 'time_too_far') {
          ledger.abandon(action.key);
          return { action, status: 'skipped', detail: 'more than 120 days ahead: a later run schedules it' };
        }
        if (code !== 'time_in_past') throw error;
        ledger.abandon(action.key);
        // Slack's clock says the time has come: post it now instead.
      }
    }
  }

  const thread = action.kind === 'update' || action.kind === 'cancellation' ? action.thread : null;
  const threadTs = thread?.slack?.ts ?? null;
  if (action.kind === 'update' && r.slackEdit && thread?.slack?.ts && thread.slack.channel)
    await slack.updateMessage(thread.slack.channel, thread.slack.ts, { ...r.slackEdit, kind: 'announcement', events: action.events, key: action.key });
  ledger.begin(action.key, { since: new Date().toISOString(), threadTs, text: null, record });
  const res = await slack.postMessage(msg(threadTs));
  ledger.complete(action.key, confirmed({ slack: { channel: res.channel, ts: res.ts } }));
  return { action, status: 'sent', detail: slack.destination };
}

function listHeaders(config: Config): Record<string, string> {
  const headers: Record<string, string> = {};
  if (config.email.listId) headers['List-Id'] = config.email.listId.includes('<') ? config.email.listId : `<${config.email.listId}>`;
  if (config.email.unsubscribe) {
    const u = config.email.unsubscribe;
    headers['List-Unsubscribe'] = u.startsWith('<') ? u : `<${u.includes('@') && !u.includes(':') ? `mailto:${u}` : u}>`;
  }
  return headers;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

