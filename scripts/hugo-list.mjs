/** Hugo itself (Debian's `hugo`) as the reference for what a site publishes: `hugo list all`, parsed. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ZERO = '0001-01-01T00:00:00Z';
const toDate = (s) => (!s || s === ZERO ? null : new Date(s));

/**
 * Runs `hugo list all` in `siteDir` and parses its CSV.
 * @param {string} siteDir
 * @returns {Promise<Array<{ path: string, slug: string, title: string, date: Date | null, expiryDate: Date | null, publishDate: Date | null, draft: boolean, permalink: string }>>}
 */
export async function hugoListAll(siteDir) {
  const { stdout } = await run('hugo', ['list', 'all', '--source', siteDir], { maxBuffer: 256 * 1024 * 1024, timeout: 300_000 });
  const rows = parseCsv(stdout);
  const header = rows.shift() ?? [];
  const col = (name) => header.indexOf(name);
  return rows
    .filter((r) => r.length >= header.length)
    .map((r) => ({
      path: r[col('path')],
      slug: r[col('slug')],
      title: r[col('title')],
      date: toDate(r[col('date')]),
      expiryDate: toDate(r[col('expiryDate')]),
      publishDate: toDate(r[col('publishDate')]),
      draft: r[col('draft')] === 'true',
      permalink: r[col('permalink')],
    }));
}

/** RFC 4180 CSV, as Go's encoding/csv writes it. @param {string} text @returns {string[][]} */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
