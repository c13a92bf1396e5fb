/**
 * Bidirectional controls (embeddings, overrides and isolates: U+202A–U+202E, U+2066–U+2069) reorder what follows
 * them on screen: `exe.pdf` written with an override shows as `fdp.exe`. Reading strips them from page text; this
 * strips them again where a message is finished, since a template override or a configuration string (subject
 * prefix, footer, series name) carries them too: the raw characters, their numeric HTML references, and their
 * percent-encoded UTF-8 in URLs (the calendar link). Pure.
 */

const RAW = /[\u202A-\u202E\u2066-\u2069]/g;
const ENTITY = /&#(?:x0*(?:202[a-e]|206[6-9])|0*(?:823[4-8]|829[4-7]));/gi;
const ENCODED = /%E2%80%A[A-E]|%E2%81%A[6-9]/gi;

export function stripBidi(text: string): string {
  return text.replace(RAW, '').replace(ENTITY, '').replace(ENCODED, '');
}
