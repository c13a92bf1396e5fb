/**
 * What the preview shows: the messages the next run would send at `now` (the run's own preparation, from the
 * current ledger, which the command only reads), an announcement of every upcoming talk, and one message of every
 * kind (the sample inputs `check` renders too), rendered by the same renderers the run uses. Reads nothing itself.
 */
import type { Event, PageProblem } from '../content/event.js';
import { publishState, type PublishState } from '../content/publish.js';
import type { Action, ChannelTarget } from '../plan/types.js';
import type { MessageInput, MessageKind, RenderedEmail, SlackPayload } from '../render/types.js';
import { announcementInput } from '../run/message-input.js';
import type { Prepared } from '../run/prepare.js';
import type { RunContext } from '../run/types.js';
import { MESSAGE_KINDS } from '../model.js';
import { sampleInputs } from '../samples.js';

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
  /**
   * `plan`: the next run would send it; `talk`: an announcement of an upcoming talk, for a look at it; `sample`: one
   * message of each kind, for a look at every template.
   */
  source: 'plan' | 'talk' | 'sample';
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

/** What the preview is made of: the run's own preparation, and the renderers with their templates. */
export interface PreviewSource {
  ctx: RunContext;
  problems: PageProblem[];
  /** The destinations the run would use in this environment. */
  targets: ChannelTarget[];
  /** prepareRun's answer for the next run (or, with --event, that talk's announcement). */
  prepared: Prepared;
  now: Date;
  /** --event: only this talk. */
  only: Event | null;
  renderEmail: (input: MessageInput) => Promise<RenderedEmail>;
  renderSlack: (input: MessageInput) => SlackPayload;
  /** At most this many upcoming talks get an announcement preview of their own. */
  maxTalks?: number;
}

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

export async function collectPreview(src: PreviewSource): Promise<PreviewSet> {
  const { ctx, now, targets, only } = src;
  const { actions, inputs } = src.prepared;

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
        const r = await src.renderEmail(input);
        into.email = { subject: r.subject, html: r.html, text: r.text, ics: r.calendar?.content ?? null, key };
      } else {
        into.slack = { payload: src.renderSlack(input), key, op };
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
    if (action.kind === 'update' && action.quiet) {
      notes.push(`A minor edit of ${action.event} (${action.channel}) is recorded and corrects the Slack posts, with no message (updates.minor: quiet).`);
      continue;
    }
    const minutes = action.kind === 'reminder' ? action.minutesBefore : undefined;
    // The same message on email and Slack is one entry with both renderings.
    const group = `${action.kind}|${action.events.join(',')}|${minutes ?? ''}|${action.kind === 'digest' ? action.period.id : ''}`;
    // The run's own MessageInput, so the preview shows what the run would send.
    const input = inputs.get(action.key)?.message;
    if (!input) continue;
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
  const maxTalks = src.maxTalks ?? 25;
  const channels = targets.map((t) => t.channel);
  for (const talk of upcoming.slice(0, maxTalks)) {
    if (talk.event.cancelled || messages.some((m) => m.kind === 'announcement' && m.events.includes(talk.event.id))) continue;
    const input = announcementInput(ctx, now, talk.event, { [talk.event.id]: 0 });
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

  // One message of every kind, as `check` renders them: the next talk's, else the sample talk's.
  const next = upcoming.find((t) => !t.event.cancelled)?.event;
  const samples = sampleInputs(ctx.config, { talk: next, site: ctx.siteInfo, now });
  for (const kind of MESSAGE_KINDS) {
    const input = samples[kind];
    const entry: PreviewMessage = {
      slug: uniqueSlug(`sample-${kind}-${slugPart(input.events[0]?.id ?? 'none')}`),
      kind,
      source: 'sample',
      label: labelOf(input, kind === 'reminder' ? samples.reminder.minutesBefore : undefined),
      events: input.events.map((e) => e.id),
      at: now,
      note: `what ${kind === 'announcement' || kind === 'update' ? 'an' : 'a'} ${kind} looks like${next ? '' : ' (a sample talk: the site has no upcoming one)'}`,
      email: null,
      slack: null,
      error: null,
    };
    for (const channel of channels) await render(input, channel, entry, null, 'post');
    messages.push(entry);
  }

  return {
    now,
    siteTitle: ctx.site.title,
    zone: ctx.config.timezone,
    locale: ctx.config.locale,
    targets: targets.map((t) => `${t.channel} → ${t.destination}`),
    messages,
    upcoming,
    problems: src.problems,
    notes,
  };
}

