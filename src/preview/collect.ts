/**
 * What the preview shows: the messages the next run would send at `now` (the planner's own answer, from
 * the current ledger, which is only read), and an announcement of every upcoming talk, rendered by the
 * same renderers the run uses. Pure apart from reading the site, the ledger and the templates.
 */
import type { Config } from '../config/config.js';
import type { Event, PageProblem } from '../content/event.js';
import type { Context } from '../context.js';
import type { Action, ChannelTarget } from '../plan/types.js';
import type { MessageInput, MessageKind, SlackPayload } from '../render/types.js';
import type { PublishState } from '../content/publish.js';

export interface PreviewEmail {
  subject: string;
  html: string;
  text: string;
  ics: string | null;
  key: string | null;
}

export interface PreviewSlack {
  payload: SlackPayload;
  key: string | null;
  /** `post` now, or `schedule`d in Slack for `at`. */
  op: 'post' | 'schedule';
}

export interface PreviewMessage {
  /** Folder name under the preview root: unique and safe in a URL and on disk. */
  slug: string;
  kind: MessageKind;
  /** `plan`: the next run would send it; `talk`: an announcement of an upcoming talk, for a look at it. */
  source: 'plan' | 'talk';
  label: string;
  events: string[];
  at: Date;
  /** One line on why and when, e.g. "due now" or "scheduled in Slack for …". */
  note: string;
  email: PreviewEmail | null;
  slack: PreviewSlack | null;
  /** A renderer failed (e.g. a broken template override): shown instead of the message. */
  error: string | null;
}

export interface UpcomingTalk {
  event: Event;
  state: PublishState;
  /** Slugs of the messages about this talk. */
  messages: string[];
}

export interface PreviewSet {
  now: Date;
  siteTitle: string;
  /** Display zone and locale of the messages, for the dates on the index. */
  zone: string;
  locale: string;
  /** Destinations the next run would use, e.g. "email → outbox", "slack → #seminars". */
  targets: string[];
  messages: PreviewMessage[];
  upcoming: UpcomingTalk[];
  problems: PageProblem[];
  /** Notes for the index, e.g. planned actions with nothing to show. */
  notes: string[];
}

export interface CollectOptions {
  now: Date;
  env: NodeJS.ProcessEnv;
  channel?: 'email' | 'slack';
  /** --event: only this talk, announced. */
  event?: string;
  /** At most this many upcoming talks get an announcement preview of their own. */
  maxTalks?: number;
}

/** The destinations the run would use in this environment; creating the transports opens no connection. */
async function channelTargets(config: Config, env: NodeJS.ProcessEnv, only?: 'email' | 'slack'): Promise<ChannelTarget[]> {
  const [{ createMailer }, { createSlackPoster }, run] = await Promise.all([
    import('../deliver/mailer.js'),
    import('../deliver/slack.js'),
    import('../run.js'),
  ]);
  const mailer = only === 'slack' ? null : createMailer({ env, config, outboxDir: config.outbox });
  const slack = only === 'email' ? null : createSlackPoster({ env, config, outboxDir: config.outbox });
  return run.channelTargets({ mailer, slack }, config);
}

const hostOf = (baseURL: string) => {
  try {
    return new URL(baseURL).host || 'localhost';
  } catch {
    return 'localhost';
  }
};

const slugPart = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'x';

function labelOf(input: MessageInput, minutes?: number): string {
  const title = input.events[0]?.title ?? '';
  switch (input.kind) {
    case 'digest':
      return `Digest (${input.events.length} talk${input.events.length === 1 ? '' : 's'})`;
    case 'reminder':
      return `Reminder ${minutes ?? ''} min before: ${title}`;
    default:
      return `${input.kind[0]!.toUpperCase()}${input.kind.slice(1)}: ${title}`;
  }
}

const fmt = (d: Date) => d.toISOString().replace('.000Z', 'Z');

function noteOf(action: Action, now: Date): string {
  if (action.kind === 'reminder' && action.op === 'schedule') return `scheduled in Slack for ${fmt(action.at)}`;
  if (action.kind === 'announcement' && action.reason === 'late') return 'announced on its own: no digest lists it before it starts';
  if (action.kind === 'announcement' && action.reason === 'manual') return 'announced now (--event)';
  return action.at.getTime() <= now.getTime() ? `due since ${fmt(action.at)}` : `due at ${fmt(action.at)}`;
}

export async function collectPreview(ctx: Context, ledgerPath: string, opts: CollectOptions): Promise<PreviewSet> {
  const [{ readLedger }, { planRun }, { publishState }, { resolveEvent }, { renderEmail }, { renderSlack }, { messageInput }, { readEmailTemplates }] =
    await Promise.all([
      import('../ledger/index.js'),
      import('../plan/index.js'),
      import('../content/publish.js'),
      import('../content/resolve.js'),
      import('../render/email/index.js'),
      import('../render/slack/index.js'),
      import('../run.js'),
      import('../run/templates.js'),
    ]);
  const templates = readEmailTemplates(ctx.config.templates);
  const { now } = opts;
  // Read, never locked or written: the preview must not disturb a run, nor count as one.
  const ledger = await readLedger(ledgerPath);
  const targets = await channelTargets(ctx.config, opts.env, opts.channel);
  const only = opts.event ? resolveEvent(ctx.events, opts.event) : null;
  const unreadable = ctx.problems.flatMap((p) => (p.severity === 'error' && p.eventId ? [p.eventId] : []));
  const mode = only ? ({ type: 'event', id: only.id, force: true } as const) : ({ type: 'run' } as const);
  const actions = planRun(ctx.events, ledger, ctx.config, ctx.site, now, targets, { mode, unreadable });

  const messages: PreviewMessage[] = [];
  const notes: string[] = [];
  const groups = new Map<string, PreviewMessage>();
  const slugs = new Set<string>();
  const uniqueSlug = (base: string) => {
    let slug = base;
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
    return slug;
  };

  const render = async (input: MessageInput, channel: 'email' | 'slack', into: PreviewMessage, key: string | null, op: 'post' | 'schedule') => {
    try {
      if (channel === 'email') {
        const r = await renderEmail(input, templates);
        into.email = { subject: r.subject, html: r.html, text: r.text, ics: r.calendar?.content ?? null, key };
      } else {
        into.slack = { payload: renderSlack(input), key, op };
      }
    } catch (error) {
      into.error = `${channel}: ${(error as Error).message}`;
    }
  };

  for (const action of actions) {
    if (action.kind === 'reminder' && action.op === 'delete') {
      notes.push(`The scheduled Slack reminder ${action.key} would be deleted.`);
      continue;
    }
    if (action.kind === 'digest' && action.events.length === 0) {
      notes.push(`The digest of the period starting ${fmt(action.period.start)} (${action.channel}) has no talk to list: nothing is sent.`);
      continue;
    }
    const minutes = action.kind === 'reminder' ? action.minutesBefore : undefined;
    // The same message on email and Slack is one entry with both renderings.
    const group = `${action.kind}|${action.events.join(',')}|${minutes ?? ''}|${action.kind === 'digest' ? action.period.id : ''}`;
    // The run's own MessageInput, so the preview shows what the run would send.
    const input = messageInput(action, { config: ctx.config, site: ctx.site, events: ctx.events, unreadable }, now);
    let entry = groups.get(group);
    if (!entry) {
      const subject = action.kind === 'digest' ? action.period.id : `${action.events[0] ?? ''}${minutes ? `-${minutes}m` : ''}`;
      entry = {
        slug: uniqueSlug(`${String(messages.length + 1).padStart(2, '0')}-${action.kind}-${slugPart(subject)}`),
        kind: action.kind,
        source: 'plan',
        label: labelOf(input, minutes),
        events: action.events,
        at: action.at,
        note: noteOf(action, now),
        email: null,
        slack: null,
        error: null,
      };
      groups.set(group, entry);
      messages.push(entry);
    }
    const op = action.kind === 'reminder' && action.op === 'schedule' ? 'schedule' : 'post';
    await render(input, action.channel, entry, action.key, op);
  }

  const upcoming: UpcomingTalk[] = ctx.events
    .filter((e) => e.start.getTime() > now.getTime() && (!only || e.id === only.id))
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id))
    .map((event) => ({
      event,
      state: publishState(event, ctx.site, now),
      messages: messages.filter((m) => m.events.includes(event.id)).map((m) => m.slug),
    }));

  // Every upcoming talk without an announcement in the plan gets one to look at (drafts included: a
  // preview is how an organiser checks a page before publishing it).
  const maxTalks = opts.maxTalks ?? 25;
  const channels = targets.map((t) => t.channel);
  for (const talk of upcoming.slice(0, maxTalks)) {
    if (talk.event.cancelled || messages.some((m) => m.kind === 'announcement' && m.events.includes(talk.event.id))) continue;
    const input: MessageInput = {
      kind: 'announcement',
      events: [talk.event],
      config: ctx.config,
      site: { title: ctx.site.title, baseURL: ctx.site.baseURL, host: hostOf(ctx.site.baseURL) },
      now,
      sequence: { [talk.event.id]: 0 },
    };
    const entry: PreviewMessage = {
      slug: uniqueSlug(`talk-${slugPart(talk.event.id)}`),
      kind: 'announcement',
      source: 'talk',
      label: `Announcement: ${talk.event.title}`,
      events: [talk.event.id],
      at: now,
      note: talk.state === 'published' ? 'what its announcement looks like' : `what its announcement will look like (the page is ${talk.state} now)`,
      email: null,
      slack: null,
      error: null,
    };
    for (const channel of channels) await render(input, channel, entry, null, 'post');
    messages.push(entry);
    talk.messages.push(entry.slug);
  }
  if (upcoming.length > maxTalks) notes.push(`Only the first ${maxTalks} upcoming talks have an announcement preview.`);

  return {
    now,
    siteTitle: ctx.site.title,
    zone: ctx.config.timezone,
    locale: ctx.config.locale,
    targets: targets.map((t) => `${t.channel} → ${t.destination}`),
    messages,
    upcoming,
    problems: ctx.problems,
    notes,
  };
}

