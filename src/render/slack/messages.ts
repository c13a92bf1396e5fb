import type { Event, Speaker } from '../../content/event.js';
import type { AnnouncementInput, CancellationInput, DigestInput, MessageInput, ReminderInput, SlackPayload, UpdateInput } from '../types.js';
import {
  actionsBlock,
  compact,
  contextBlock,
  countChars,
  dividerBlock,
  fieldsBlock,
  headerBlock,
  readMore,
  sectionBlock,
  type Block,
  type Button,
} from './blocks.js';
import { renderGoogleCalendarUrl } from './calendar.js';
import { sectionListUrl } from '../format.js';
import { renderLink, safeHttpUrl, safeText } from './escape.js';
import { ELLIPSIS, LIMITS, truncateMrkdwn, truncatePlain } from './limits.js';
import { inlineMarkdownToMrkdwn, inlineMarkdownToPlain, markdownToMrkdwn } from './mrkdwn.js';
import { renderDay, renderPeriodPlain, renderTimeMrkdwn, renderWhenMrkdwn, renderWhenPlain } from './time.js';
import { labelsOf, type Labels } from '../i18n/index.js';

interface Ctx {
  /** The message's words (its locale's catalogue with the configuration's labels over it). */
  words: Labels;
  /** The configuration's labels, for the shared formatters. */
  labels: MessageInput['config']['labels'];
  timezone: string;
  timezoneFrom: MessageInput['config']['timezoneFrom'];
  locale: string;
  siteTitle: string;
  baseURL: string;
  now: Date;
}

const ctxOf = (input: MessageInput): Ctx => ({
  words: labelsOf(input.config),
  labels: input.config.labels,
  timezone: input.config.timezone,
  timezoneFrom: input.config.timezoneFrom,
  locale: input.config.locale,
  siteTitle: input.site.title,
  baseURL: input.site.baseURL,
  now: input.now,
});

/** A talk's title as plain text: its inline Markdown shows in headers, link labels and fallbacks without markers. */
const titleOf = (e: Event) => inlineMarkdownToPlain(e.title);

/** "<https://…|Chenghua Lin> (University of Manchester)", escaped; the affiliation's inline Markdown as mrkdwn. */
export function renderSpeakerMrkdwn(s: Speaker): string {
  const name = renderLink(s.url, safeText(inlineMarkdownToPlain(s.name)));
  return s.affiliation ? `${name} (${inlineMarkdownToMrkdwn(s.affiliation)})` : name;
}

function speakersMrkdwn(e: Event, max = 1500): string {
  return truncateMrkdwn(e.speakers.map(renderSpeakerMrkdwn).join(', '), max);
}

const speakersPlain = (e: Event) =>
  e.speakers
    .map((s) => [inlineMarkdownToPlain(s.name), inlineMarkdownToPlain(s.affiliation)] as const)
    .map(([name, affiliation]) => (affiliation ? `${name} (${affiliation})` : name))
    .join(', ');

function whereMrkdwn(e: Event): string {
  return [e.location, e.address].map(inlineMarkdownToMrkdwn).filter((p) => p !== '').join(', ');
}

const whenPlain = (e: Event, c: Ctx) => renderWhenPlain(e, c);
const whenMrkdwn = (e: Event, c: Ctx) => renderWhenMrkdwn(e, c);

/** Speaker, when and where; `when: false` where the message already says when (a reminder's first line). */
function detailFields(e: Event, c: Ctx, opts: { when: boolean } = { when: true }): Block | null {
  const fields: string[] = [];
  const l = c.words;
  if (e.speakers.length) fields.push(`*${safeText(l.n('speaker', e.speakers.length))}*\n${speakersMrkdwn(e)}`);
  if (opts.when) fields.push(`*${safeText(l.t('when'))}*\n${whenMrkdwn(e, c)}`);
  const where = whereMrkdwn(e);
  if (where) fields.push(`*${safeText(l.t('where'))}*\n${where}`);
  return fieldsBlock(fields, e.permalink, l.t('readMore'));
}

function linkNamed(e: Event, ...names: string[]): string | null {
  const wanted = names.map((n) => n.toLowerCase());
  return e.links.find((l) => wanted.includes(l.name.toLowerCase()) && safeHttpUrl(l.url))?.url ?? null;
}

function eventButtons(e: Event, c: Ctx, opts: { calendar: boolean }): Block | null {
  const l = c.words;
  const buttons: Button[] = [{ text: l.t('eventPage'), url: e.permalink, actionId: 'event_page', primary: true }];
  // Links are found by the names the page (or the theme) gives them, in English or in the site's language.
  const slides = linkNamed(e, 'Slides', l.t('slides'));
  if (slides) buttons.push({ text: l.t('slides'), url: slides, actionId: 'slides' });
  const video = linkNamed(e, 'Video', l.t('video'));
  if (video) buttons.push({ text: l.t('video'), url: video, actionId: 'video' });
  if (opts.calendar) buttons.push({ text: l.t('addToCalendar'), url: renderGoogleCalendarUrl(e), actionId: 'add_to_calendar' });
  return actionsBlock(buttons, l.t('link'));
}

function footer(e: Event | null, c: Ctx): Block | null {
  const bits = [c.siteTitle, e?.eventName].filter((b): b is string => !!b && b.trim() !== '').map(safeText);
  return contextBlock(bits.length ? [bits.join(' · ')] : []);
}

function abstractSection(e: Event, c: Ctx, maxChars: number = LIMITS.sectionText): Block | null {
  const source = e.abstract ?? e.summary;
  if (!source || !source.trim()) return null;
  const text = markdownToMrkdwn(source);
  if (!text) return null;
  return sectionBlock(truncateMrkdwn(text, maxChars, readMore(e.permalink, c.words.t('readMore'))), e.permalink, c.words.t('readMore'));
}

function fallback(text: string): string {
  return truncatePlain(safeText(text).replace(/\s+/g, ' ').trim(), LIMITS.fallbackText);
}

/**
 * "Cancelled: " before the header and fallback text of a message about a cancelled talk that is not itself a
 * cancellation (an announcement or reminder sent with --force): what was said is what the ledger records.
 */
const cancelledMark = (e: Event, c: Ctx) => (e.cancelled ? c.words.t('subjectCancelled', { subject: '' }) : '');

/** The talk of a one-talk message; the type says there is one, this says so to callers that built it loosely. */
function one(input: Exclude<MessageInput, DigestInput>): Event {
  const e = input.events[0] as Event | undefined;
  if (!e) throw new Error(`A ${input.kind} message needs an event`);
  return e;
}

export function renderAnnouncement(input: AnnouncementInput): SlackPayload {
  const e = one(input);
  const c = ctxOf(input);
  const blocks = compact([
    headerBlock(`${cancelledMark(e, c)}${titleOf(e)}`, c.words.t('seminar')),
    detailFields(e, c),
    abstractSection(e, c),
    eventButtons(e, c, { calendar: !e.cancelled }),
    footer(e, c),
  ]);
  const who = speakersPlain(e);
  return {
    text: fallback(`${cancelledMark(e, c)}${c.words.t('seminar')}: ${titleOf(e)}${who ? ` — ${who}` : ''} — ${whenPlain(e, c)} — ${e.permalink}`),
    blocks,
  };
}

function minutesLabel(min: number, l: Labels): string {
  if (min % 1440 === 0) return l.n('days', min / 1440);
  const h = Math.floor(min / 60);
  const m = min % 60;
  const hs = h ? l.n('hours', h) : '';
  const ms = m ? l.n('minutes', m) : '';
  return [hs, ms].filter(Boolean).join(' ') || l.t('aMoment');
}

/**
 * "Starting in 1 hour". A reminder scheduled ahead is rendered days before it is shown, so it says the configured
 * lead time; one posted late (webhook mode, a late cron) says how long is really left at the run's clock.
 */
function startingIn(e: Event, now: Date, minutesBefore: number | undefined, l: Labels): string {
  const left = Math.round((e.start.getTime() - now.getTime()) / 60_000);
  const inMinutes = (min: number) => l.t('startingIn', { duration: minutesLabel(min, l) });
  if (minutesBefore === undefined) return left > 0 && left < 24 * 60 ? inMinutes(left) : l.t('startingSoon');
  if (left >= minutesBefore) return inMinutes(minutesBefore);
  if (left <= 0) return l.t('startingNow');
  return inMinutes(left);
}

export function renderReminder(input: ReminderInput): SlackPayload {
  const e = one(input);
  const c = ctxOf(input);
  const soon = startingIn(e, c.now, input.minutesBefore, c.words);
  const blocks = compact([
    headerBlock(`${cancelledMark(e, c)}${titleOf(e)}`, c.words.t('seminar')),
    sectionBlock(`:alarm_clock: *${safeText(soon)}:* ${whenMrkdwn(e, c)}`),
    detailFields(e, c, { when: false }),
    eventButtons(e, c, { calendar: false }),
    footer(e, c),
  ]);
  return { text: fallback(`${cancelledMark(e, c)}${soon}: ${titleOf(e)} — ${whenPlain(e, c)} — ${e.permalink}`), blocks };
}

export function renderUpdate(input: UpdateInput): SlackPayload {
  const e = one(input);
  const c = ctxOf(input);
  const changes = input.changes.filter((ch) => ch.trim() !== '');
  const l = c.words;
  const what = changes.length
    ? `:pencil2: *${safeText(l.t('talkChanged'))}*\n${changes.map((ch) => `• ${safeText(ch)}`).join('\n')}`
    : `:pencil2: ${safeText(l.t('talkChangedDetails'))}`;
  const blocks = compact([
    headerBlock(`${cancelledMark(e, c)}${l.t('subjectUpdated', { subject: titleOf(e) })}`, l.t('seminar')),
    sectionBlock(what, e.permalink, l.t('readMore')),
    detailFields(e, c),
    eventButtons(e, c, { calendar: !e.cancelled }),
    footer(e, c),
  ]);
  return {
    text: fallback(`${cancelledMark(e, c)}${l.t('subjectUpdated', { subject: titleOf(e) })} — ${changes.length ? changes.join('; ') : whenPlain(e, c)} — ${e.permalink}`),
    blocks,
  };
}

export function renderCancellation(input: CancellationInput): SlackPayload {
  const e = one(input);
  const c = ctxOf(input);
  // A deleted page is a 404 now: the message links to the series' list page instead.
  const page = input.removed ? sectionListUrl(c.baseURL, e.section) : e.permalink;
  const l = c.words;
  const title = `*${safeText(titleOf(e))}*`;
  const talk = e.speakers.length ? l.t('byline', { title, speakers: speakersMrkdwn(e, 1000) }) : title;
  const blocks = compact([
    headerBlock(l.t('subjectCancelled', { subject: titleOf(e) }), l.t('seminar')),
    sectionBlock(`:x: *${safeText(l.t('talkCancelledLead'))}*\n${l.t('plannedFor', { talk, when: whenMrkdwn(e, c) })}`, page, l.t('readMore')),
    actionsBlock([{ text: l.t(input.removed ? 'allTalks' : 'eventPage'), url: page, actionId: 'event_page' }], l.t('link')),
    footer(e, c),
  ]);
  return { text: fallback(`${l.t('subjectCancelled', { subject: titleOf(e) })} — ${l.t('wasPlannedFor', { when: whenPlain(e, c) })}`), blocks };
}

/**
 * One compact digest line: time, linked title, speakers, place. Long page values are cut so a line stays short. In a
 * digest edited after the fact (`mark`), a cancelled talk's title is struck through and a changed one says so.
 */
function digestLine(e: Event, c: Ctx, mark?: 'updated' | 'cancelled'): string {
  const title = truncateMrkdwn(safeText(titleOf(e)), 200);
  const linked = `*${renderLink(e.permalink, title)}*`;
  const time = renderTimeMrkdwn(e, c);
  const cancelled = e.cancelled || mark === 'cancelled';
  const head = cancelled
    ? `${time}  ~${linked}~ _(${safeText(c.words.t('cancelledMark'))})_`
    : `${time}  ${linked}${mark === 'updated' ? ` _(${safeText(c.words.t('updatedMark'))})_` : ''}`;
  const bits = [head];
  if (e.speakers.length) bits.push(speakersMrkdwn(e, 300));
  const where = whereMrkdwn(e);
  if (where) bits.push(truncateMrkdwn(where, 150));
  return `• ${bits.join(' · ')}`;
}

/** Where "all the talks" live: the section's list page, else the site. */
const listingUrl = (events: Event[], baseURL: string): string => sectionListUrl(baseURL, events[0]?.section);

export function renderDigest(input: DigestInput): SlackPayload {
  const c = ctxOf(input);
  const events = [...input.events].sort((a, b) => a.start.getTime() - b.start.getTime());
  const period = input.period ? renderPeriodPlain(input.period.from, input.period.to, c) : null;
  const l = c.words;
  const title = period ? l.t('seminarsOf', { period }) : l.t('upcomingSeminars');
  const head = compact([
    headerBlock(title, l.t('seminar')),
    contextBlock([safeText(`${l.n('talkCount', events.length)} · ${l.t('timesInYourZone')}`)]),
  ]);
  const tail = compact([footer(null, c)]);
  const moreUrl = listingUrl(events, c.baseURL);

  // Greedy: days in order, one section per day (split when a day outgrows a section); stop when the next line would
  // break the block or character budget, leaving room for the "and N more" line that replaces the rest.
  // The "and N more" section and the divider.
  const reserveBlocks = head.length + tail.length + 2;
  const reserveChars = countChars(head) + countChars(tail) + 200;
  const body: Block[] = [];
  let used = 0;
  let listed = 0;
  let current: string | null = null;
  let currentDay: string | null = null;
  let stopped = false;

  const flush = () => {
    if (current !== null) body.push(sectionBlock(current, moreUrl, l.t('readMore')));
    current = null;
  };

  for (const e of events) {
    const { key: day, heading: dayHeading } = renderDay(e, c);
    const line = digestLine(e, c, input.marks?.[e.id]);
    const heading = day !== currentDay ? `*${safeText(dayHeading)}*\n` : '';
    const addition: string = current !== null && !heading ? `\n${line}` : `${heading}${line}`;
    const needsNewSection = current === null || heading !== '' || current.length + addition.length > LIMITS.sectionText;
    const blocksAfter = body.length + (current !== null ? 1 : 0) + (needsNewSection ? 1 : 0);
    if (used + addition.length + reserveChars > LIMITS.totalChars || blocksAfter + reserveBlocks > LIMITS.blocks) {
      stopped = true;
      break;
    }
    if (needsNewSection) {
      flush();
      current = addition.startsWith('\n') ? addition.slice(1) : addition;
    } else {
      current += addition;
    }
    currentDay = day;
    used += addition.length;
    listed++;
  }
  flush();
  const blocks = [...head, ...body];
  if (stopped && listed < events.length) {
    const rest = events.length - listed;
    blocks.push(sectionBlock(`${ELLIPSIS} ${safeText(l.n('andMore', rest))}: ${renderLink(moreUrl, safeText(l.t('seeThemAll')))}`));
  }
  if (events.length > 0) blocks.push(dividerBlock());
  blocks.push(...tail);

  const titles = events.map(titleOf).join('; ');
  return {
    text: fallback(`${title}: ${l.n('talkCount', events.length)} — ${titles}`),
    blocks,
  };
}
