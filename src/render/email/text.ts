/** The plain-text part: readable on its own, every link written out in full. */
import type { EmailView, TalkView, TemplateLabels } from './view.js';
import { clipText } from '../markdown.js';

/**
 * A digest's excerpt in the plain-text part: two lines. The HTML card shows a longer one; the text part is the
 * fallback few clients show, where every link is written out in full, and a week of longer excerpts in both parts
 * made an ordinary digest too big for a list's 40 KB hold.
 */
const TEXT_EXCERPT = 160;

/** Greedy word wrap for prose built here (excerpts); long words (URLs) stay whole. */
function wrap(text: string, width = 78): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** A long week's entry: title, when, who, where and the page, without excerpt or per-talk calendar link. */
function compactTalkText(t: TalkView, brief: boolean, l: TemplateLabels): string {
  const lines = [`${t.timeOfDay}  ${t.cancelled ? `${t.title} (${l.cancelled.toLocaleUpperCase()})` : t.title}`];
  if (!brief && t.speakersText) lines.push(`  ${t.speakersText}`);
  if (!brief && (t.location || t.address)) lines.push(`  ${[t.location, t.address].filter(Boolean).join(', ')}`);
  if (t.url) lines.push(`  ${t.url}`);
  return lines.join('\n');
}

function talkText(t: TalkView, full: boolean, l: TemplateLabels): string {
  const lines: string[] = [];
  const heading = t.cancelled ? `${t.title} (${l.cancelled.toLocaleUpperCase()})` : t.title;
  // Underlined with '-', which quoted-printable leaves as it is ('=' would travel as "=3D", three times its size).
  lines.push(heading, '-'.repeat(Math.max([...heading].length, 3)));
  const c = l.colon;
  if (t.speakersText) lines.push(`${t.speakers.length > 1 ? l.speakers : l.speaker}${c}${t.speakersText}`);
  for (const s of t.speakers) if (s.url) lines.push(`  ${s.name}${c}${s.url}`);
  lines.push(`${l.when}${c}${t.when}`);
  if (t.location || t.address) lines.push(`${l.where}${c}${[t.location, t.address].filter(Boolean).join(', ')}`);
  if (full && t.abstractText) lines.push('', t.abstractText);
  if (!full && t.excerpt) lines.push('', wrap(clipText(t.excerpt, TEXT_EXCERPT)));
  if (full && t.bioText) lines.push('', `${l.aboutTheSpeaker}${c.trimEnd()}`, t.bioText);
  lines.push('');
  for (const link of t.links) lines.push(`${link.name}${c}${link.url}`);
  if (!t.cancelled) lines.push(`${l.addToGoogleCalendar}${c}${t.calendarUrl}`);
  return lines.join('\n');
}

export function renderText(view: EmailView): string {
  const out: string[] = [];
  out.push(view.siteTitle, '', view.heading.toUpperCase(), view.intro, '');
  if (view.changes.length) {
    out.push(`${view.labels.whatChanged}${view.labels.colon.trimEnd()}`, ...view.changes.map((c) => `  - ${c}`), '');
  }
  if (view.kind === 'digest') {
    for (const day of view.days) {
      out.push(`--- ${day.heading} ---`, '');
      for (const t of day.talks) out.push(view.compact ? compactTalkText(t, view.brief, view.labels) : talkText(t, false, view.labels), '');
    }
  } else {
    for (const t of view.talks) out.push(talkText(t, true, view.labels), '');
  }
  out.push('--');
  const c = view.labels.colon;
  if (view.siteUrl) out.push(`${view.siteTitle}${c}${view.siteUrl}`);
  if (view.unsubscribeUrl) out.push(`${view.labels.unsubscribe}${c}${view.unsubscribeUrl}`);
  else if (view.unsubscribeText) out.push(`${view.labels.unsubscribe}${c}${view.unsubscribeText}`);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
