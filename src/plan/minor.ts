/**
 * Minor edits (updates.minor): a typo fixed in a title, or a change only in the abstract or bio, is worth correcting
 * where people look (the Slack posts, the calendar) but not a second email to the whole list. Pure.
 */
import type { Said } from '../ledger/types.js';

/** A title change counts as a typo fix up to this many edits, and up to this share of the title's length. */
const MAX_EDITS = 2;
const MAX_SHARE = 0.1;

/**
 * The Damerau–Levenshtein distance in its optimal-string-alignment form: insertions, deletions, substitutions and
 * swaps of two neighbouring characters each count one ("Fuzing" → "Fusing" is 1, "Talk" → "Tlak" is 1). By code point.
 */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[s.length]![t.length]!;
}

/** A title fix small enough to be a typo: at most 2 edits, and at most 10 % of the longer title's length. */
export function isTypoFix(before: string, after: string): boolean {
  if (before === after) return true;
  const d = editDistance(before, after);
  return d <= MAX_EDITS && d <= MAX_SHARE * Math.max([...before].length, [...after].length);
}

/**
 * Whether what changed between two things said about a talk is minor: time, end, place, speakers and whether it is on
 * are the same, and the title is the same or a typo fix of it (then the difference is the title, or only the abstract
 * or bio, which the fingerprint leaves out).
 */
export function isMinorEdit(before: Said, after: Said): boolean {
  return (
    before.start === after.start &&
    before.end === after.end &&
    before.location === after.location &&
    before.cancelled === after.cancelled &&
    JSON.stringify(before.speakers) === JSON.stringify(after.speakers) &&
    isTypoFix(before.title, after.title)
  );
}

/** The abstract or bio changed (what said it kept their hash: records written before it are no evidence). */
export const detailsChanged = (before: Said, after: Said): boolean =>
  before.details !== undefined && after.details !== undefined && before.details !== after.details;
