/** Real temporary Hugo sites for tests: makeSite({ 'content/event/a/index.md': '…' }). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const DEFAULT_HUGO_TOML = 'baseURL = "https://seminars.example.org/"\ntitle = "Seminar"\ntimeZone = "Europe/London"\n';

export function makeSite(files: Record<string, string | Buffer>, hugoToml = DEFAULT_HUGO_TOML): { dir: string; write: (rel: string, text: string | Buffer) => void; remove: (rel: string) => void; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'announce-site-'));
  const write = (rel: string, text: string | Buffer) => {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  };
  if (hugoToml) write('hugo.toml', hugoToml);
  for (const [rel, text] of Object.entries(files)) write(rel, text);
  return { dir, write, remove: (rel) => rmSync(path.join(dir, rel), { force: true, recursive: true }), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A legacy Wowchemy talk page. */
export function talkPage(o: { title: string; date: string; end?: string; publishDate?: string; location?: string; speaker?: string; extra?: string }): string {
  return [
    '---',
    `title: "${o.title}"`,
    `date: ${o.date}`,
    o.end ? `date_end: ${o.end}` : null,
    `publishDate: ${o.publishDate ?? '2024-01-01T00:00:00Z'}`,
    `location: ${o.location ?? 'Abacws'}`,
    `summary: Talk by ${o.speaker ?? '[Ada Lovelace](https://example.org/ada) (Analytical Engines Ltd)'}`,
    o.extra ?? null,
    '---',
    '',
  ]
    .filter((l) => l !== null)
    .join('\n');
}
