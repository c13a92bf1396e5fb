/**
 * The text clean-up every kept value passes through: `cleanText` takes a shortcut for text with nothing to
 * remove, and `detach` copies through UTF-16. Both must give what the long way gives.
 */
import { describe, expect, it } from 'vitest';
import { cleanText, detach, visibleText } from '../src/content/text.js';

/** cleanText the long way: carriage returns, controls, invisible characters, NFC, trim. */
const cleanedLongWay = (s: string) =>
  visibleText(s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')).trim();

describe('cleanText', () => {
  const samples = [
    ['plain ASCII', '  In this talk, I will introduce MERT.  '],
    ['curly quotes', 'akin to the \u201cBERT moment\u201d in NLP, but for Music. '],
    ['decomposed accent (NFC on the short way too)', ' Caf\u0065\u0301 de Flore '],
    ['carriage returns', 'first line\r\nsecond line\rthird'],
    ['a control character', 'LaTeX \u001bmph{word}'],
    ['a zero-width space', 'zero\u200Bwidth \u201cquoted\u201d'],
    ['a joiner between emoji, kept', '\uD83D\uDC69\u200D\uD83D\uDD2C scientist'],
    ['a joiner beside ASCII, dropped', 'a\u200Db'],
    ['a tab and new lines', '\tindented\n\nparagraph\n'],
  ] as const;
  for (const [what, s] of samples) it(`gives what the long way gives: ${what}`, () => expect(cleanText(s)).toBe(cleanedLongWay(s)));

  it('composes decomposed text', () => expect(cleanText('Cafe\u0301')).toBe('Caf\u00e9'));
});

describe('detach', () => {
  it('copies text equal to what it was given, wide or narrow, whole or cut out of a page', () => {
    const page = `title: \u201cA talk\u201d\nabstract: ${'word '.repeat(400)}\n`;
    for (const s of [page, page.slice(7, 19), page.slice(30, 1500), 'caf\u00e9 '.repeat(10), '\uD83D\uDD2C'.repeat(40)]) expect(detach(s)).toBe(s);
  });

  it('keeps text longer than its buffer whole', () => {
    const long = '\u201c'.repeat(40_000) + 'x';
    expect(detach(long)).toBe(long);
  });

  it('turns a lone surrogate into U+FFFD, as a round trip through UTF-8 would', () => {
    expect(detach('a lone \uD800 surrogate here')).toBe('a lone \uFFFD surrogate here');
    expect(detach('a long text with a lone \uDC00'.repeat(2000))).toBe('a long text with a lone \uFFFD'.repeat(2000));
  });
});
