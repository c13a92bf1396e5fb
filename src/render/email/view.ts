/**
 * The data every email template sees: plain strings and sanitised HTML fragments computed from a
 * MessageInput. Templates only lay this out; all decisions about wording, escaping and links live here.
 */
import type { Event } from '../../content/event.js';
import type { MessageInput, MessageKind } from '../types.js';
import {
  dayKey,
  formatDateSpan,
  formatDayHeading,
  formatTimeOfDay,
  formatWhen,
  formatWhenShort,
  googleCalendarUrl,
  sectionListUrl,
} from '../format.js';
import {
  oneLine,
  renderInlineHtml,
  renderInlineText,
  renderMarkdownExcerpt,
  renderMarkdownHtml,
  renderMarkdownText,
  safeUrl,
} from '../markdown.js';
import { methodFor } from '../ics.js';
import { DIGEST_CALENDAR_FILE } from '../../model.js';
import { labelsOf, languageOf, linkName, type Labels } from '../i18n/index.js';

/**
 * Short fields come twice: as plain text (`title`, `location`, …: escaped by the template, used by the text part and
 * subjects) and as sanitised inline HTML (`titleHtml`, `locationHtml`, …: their Markdown rendered, for triple braces).
 */
export interface SpeakerView {
  name: string;
  /** Without links: the name is itself linked to `url`. */
  nameHtml: string;
  affiliation: string | null;
  affiliationHtml: string | null;
  url: string | null;
}

export interface LinkView {
  name: string;
  url: string;
}

export interface TalkView {
  id: string;
  title: string;
  /** Without links: the title is itself linked to the talk's page. */
  titleHtml: string;
  url: string | null;
  when: string;
  whenShort: string;
  timeOfDay: string;
  location: string | null;
  locationHtml: string | null;
  address: string | null;
  addressHtml: string | null;
  speakers: SpeakerView[];
  /** "Chenghua Lin (University of Manchester) and …" */
  speakersText: string;
  /** Sanitised HTML, or "" (digest: an excerpt as text instead). */
  abstractHtml: string;
  abstractText: string;
  bioHtml: string;
  bioText: string;
  /** Digest: the first sentences of the abstract, plain text. */
  excerpt: string;
  links: LinkView[];
  calendarUrl: string;
  cancelled: boolean;
  seriesName: string | null;
}

export interface DayView {
  heading: string;
  talks: TalkView[];
}

export interface EmailView {
  kind: MessageKind;
  subject: string;
  /** Inbox preview line. */
  preheader: string;
  siteTitle: string;
  siteUrl: string | null;
  /** Big line at the top: "Upcoming talk", "Cancelled", … */
  heading: string;
  /** One sentence under it. */
  intro: string;
  changes: string[];
  talks: TalkView[];
  days: DayView[];
  listId: string | null;
  unsubscribeUrl: string | null;
  unsubscribeText: string | null;
  /** Footer line about the attached invitation. */
  calendarNote: string;
  /** The HTML document's language (`<html lang>`): "fr". */
  lang: string;
  /** The labels templates write (When, Where, …), in the message's language. */
  labels: TemplateLabels;
  /**
   * How much of each talk a digest shows (see Density): `compact` is true for a long week's one-line entries,
   * `brief` for the shortest form (time and title); templates that ignore them show full cards.
   */
  compact: boolean;
  brief: boolean;
}

/**
 * A digest's form: `full` cards (excerpt, links, an "Add to Google Calendar" link each) for an ordinary week;
 * `compact` entries (time, title, speakers, place; the attached calendar adds them all) when the week is long;
 * `brief` (time and title) only if even that would pass Gmail's clipping size. Every talk is listed in each form.
 */
export type Density = 'full' | 'compact' | 'brief';

const DIGEST_EXCERPT = 320;

/** The words the templates write themselves; everything else comes in the view's own strings. */
export interface TemplateLabels {
  when: string;
  where: string;
  cancelled: string;
  cancelledBanner: string;
  aboutTheSpeaker: string;
  addToGoogleCalendar: string;
  unsubscribe: string;
  /** "To unsubscribe:" (before the address the template writes). */
  toUnsubscribe: string;
  speaker: string;
  speakers: string;
  whatChanged: string;
  cancellationNotice: string;
  /** What follows a label in the text part: ": ", or " : " in French. */
  colon: string;
}

function templateLabels(l: Labels): TemplateLabels {
  return {
    when: l.t('when'),
    where: l.t('where'),
    cancelled: l.t('cancelled'),
    cancelledBanner: l.t('cancelledBanner'),
    aboutTheSpeaker: l.t('aboutTheSpeaker'),
    addToGoogleCalendar: l.t('addToGoogleCalendar'),
    unsubscribe: l.t('unsubscribe'),
    toUnsubscribe: l.t('toUnsubscribe', { address: '' }).trim(),
    speaker: l.n('speaker', 1),
    speakers: l.n('speaker', 2),
    whatChanged: l.t('whatChanged'),
    cancellationNotice: l.t('cancellationNotice'),
    colon: l.t('colon'),
  };
}

function talkView(event: Event, input: MessageInput, digest: boolean): TalkView {
  const cfg = input.config;
  const labels = labelsOf(cfg);
  const speakers = event.speakers
    .map((s) => ({
      name: renderInlineText(s.name),
      nameHtml: renderInlineHtml(s.name, { links: false }),
      affiliation: renderInlineText(s.affiliation) || null,
      affiliationHtml: renderInlineHtml(s.affiliation) || null,
      url: safeUrl(s.url),
    }))
    .filter((s) => s.name);
  // A deleted page is a 404 now: the cancellation links to the series' list page instead.
  const removed = input.kind === 'cancellation' && input.removed === true;
  const url = safeUrl(removed ? sectionListUrl(input.site.baseURL, event.section) : event.permalink);
  const links: LinkView[] = [];
  const seen = new Set<string>();
  for (const l of event.links) {
    const u = safeUrl(l.url);
    if (!u || seen.has(u)) continue;
    seen.add(u);
    links.push({ name: linkName(oneLine(l.name), labels) || labels.t('link'), url: u });
  }
  if (url && !seen.has(url)) links.unshift({ name: labels.t(removed ? 'allTalks' : 'eventPage'), url });
  const title = renderInlineText(event.title);
  return {
    id: event.id,
    title,
    titleHtml: renderInlineHtml(event.title, { links: false }),
    url,
    when: formatWhen(event, cfg),
    whenShort: formatWhenShort(event, cfg),
    timeOfDay: formatTimeOfDay(event, cfg),
    location: renderInlineText(event.location) || null,
    locationHtml: renderInlineHtml(event.location) || null,
    address: renderInlineText(event.address) || null,
    addressHtml: renderInlineHtml(event.address) || null,
    speakers,
    speakersText: labels.list(speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name))),
    abstractHtml: digest ? '' : renderMarkdownHtml(event.abstract ?? event.summary),
    abstractText: digest ? '' : renderMarkdownText(event.abstract ?? event.summary),
    bioHtml: digest ? '' : renderMarkdownHtml(event.bio),
    bioText: digest ? '' : renderMarkdownText(event.bio),
    excerpt: digest ? renderMarkdownExcerpt(event.abstract ?? event.summary, DIGEST_EXCERPT) : '',
    links,
    calendarUrl: googleCalendarUrl(event, url ?? ''),
    cancelled: event.cancelled || input.kind === 'cancellation',
    seriesName: event.eventName ? oneLine(event.eventName) : null,
  };
}

/** A date span as a sentence: its full stop, unless the locale's abbreviation already ends it ("21 nov."). */
const sentence = (span: string) => (span.endsWith('.') ? span : `${span}.`);

/**
 * Many series title their pages "Seminar: …": under the prefix "[Seminar]" the subject would say it twice. The word
 * is dropped from the title (the prefix stays, for people's mail filters); any other title is left as it is.
 */
function withoutPrefixWord(title: string, prefix: string): string {
  const word = /^\[\s*([^\]]+?)\s*\]$/.exec(prefix)?.[1];
  if (!word) return title;
  const m = new RegExp(`^${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[:–—-]\\s+`, 'iu').exec(title);
  return m && title.length > m[0].length ? title.slice(m[0].length) : title;
}

/** Subject lines; control characters and line breaks never reach a header. */
export function renderSubject(input: MessageInput): string {
  const labels = labelsOf(input.config);
  const prefix = oneLine(input.config.email.subjectPrefix);
  const first = input.events[0];
  const p = (s: string) => oneLine(prefix ? `${prefix} ${s}` : s);
  if (input.kind === 'digest') {
    const n = input.events.length;
    const span = formatDateSpan(input.events, input.config);
    const talks = labels.n('upcomingTalks', n);
    return p(span ? labels.t('subjectDigest', { talks, dates: span }) : talks);
  }
  if (!first) return p(input.kind);
  const subject = `${withoutPrefixWord(renderInlineText(first.title), prefix)} — ${formatWhenShort(first, input.config)}`;
  // Whatever the kind, a message about a cancelled talk (sent with --force) says so first, as the ledger records.
  if (first.cancelled) return p(labels.t('subjectCancelled', { subject }));
  switch (input.kind) {
    case 'announcement':
      return p(subject);
    case 'reminder':
      return p(labels.t('subjectReminder', { subject }));
    case 'update':
      return p(labels.t('subjectUpdated', { subject }));
    case 'cancellation':
      return p(labels.t('subjectCancelled', { subject }));
  }
}

function reminderLead(minutes: number | undefined, labels: Labels): string {
  if (!minutes) return labels.t('startsSoon');
  if (minutes % 1440 === 0) return labels.n('startsInDays', minutes / 1440);
  if (minutes % 60 === 0) return labels.n('startsInHours', minutes / 60);
  return labels.n('startsInMinutes', minutes);
}

export function buildEmailView(input: MessageInput, density: Density = 'full'): EmailView {
  const digest = input.kind === 'digest';
  const compact = digest && density !== 'full';
  const labels = labelsOf(input.config);
  const talks = input.events.map((e) => talkView(e, input, digest));
  const days: DayView[] = [];
  if (digest) {
    const byDay = new Map<string, TalkView[]>();
    input.events.forEach((e, i) => {
      const key = dayKey(e, input.config);
      if (!byDay.has(key)) byDay.set(key, []);
      byDay.get(key)!.push(talks[i]!);
    });
    for (const key of [...byDay.keys()].sort()) days.push({ heading: formatDayHeading(key, input.config), talks: byDay.get(key)! });
  }
  const first = talks[0];
  let heading: string;
  let intro: string;
  switch (input.kind) {
    case 'digest': {
      const n = talks.length;
      heading = labels.n('upcomingTalks', n);
      intro = `${sentence(formatDateSpan(input.events, input.config))} ${compact ? labels.t('digestIntroCompact', { file: DIGEST_CALENDAR_FILE }) : labels.n('digestIntro', n)}`;
      break;
    }
    case 'announcement':
      heading = labels.t('upcomingTalk');
      intro = first ? `${first.whenShort}${first.location ? ` · ${first.location}` : ''}` : '';
      break;
    case 'reminder':
      heading = labels.t('reminder');
      intro = reminderLead(input.minutesBefore, labels);
      break;
    case 'update':
      heading = labels.t('talkUpdated');
      intro = labels.t('updateIntro');
      break;
    case 'cancellation':
      heading = labels.t('talkCancelled');
      intro = labels.t('cancellationIntro');
      break;
  }
  const siteTitle = oneLine(input.site.title) || labels.t('seminar');
  const subject = renderSubject(input);
  const preheader = oneLine(
    digest ? talks.map((t) => t.title).join(' · ') : `${heading}: ${first?.title ?? ''} — ${first?.when ?? ''}`,
  ).slice(0, 140);
  const unsubscribe = input.config.email.unsubscribe;
  // A bare address ("leave@lists.example.org") becomes a mailto: link, as List-Unsubscribe does.
  const unsubscribeUrl = unsubscribe
    ? safeUrl(unsubscribe) ?? (/^[^\s@:<>]+@[^\s@:<>]+$/.test(unsubscribe.trim()) ? safeUrl(`mailto:${unsubscribe.trim()}`) : null)
    : null;
  return {
    kind: input.kind,
    subject,
    preheader,
    siteTitle,
    siteUrl: safeUrl(input.site.baseURL),
    heading,
    intro,
    changes: input.kind === 'update' ? input.changes.map(oneLine).filter(Boolean) : [],
    talks,
    days,
    listId: input.config.email.listId ? oneLine(input.config.email.listId) : null,
    unsubscribeUrl,
    unsubscribeText: unsubscribe && !unsubscribeUrl ? oneLine(unsubscribe) : null,
    calendarNote:
      methodFor(input) === 'CANCEL'
        ? labels.t('calendarNoteCancel')
        : digest
          ? labels.n('calendarNoteDigest', input.events.length, { file: DIGEST_CALENDAR_FILE })
          : labels.t('calendarNoteInvite'),
    lang: languageOf(input.config.locale),
    labels: templateLabels(labels),
    compact,
    brief: digest && density === 'brief',
  };
}
