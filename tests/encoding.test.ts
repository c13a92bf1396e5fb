/** A page saved in another encoding than UTF-8 is read, and `check` says where. */
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite, talkPage } from './support/site.js';
import { runCli } from './support/cli.js';
import { firstInvalidLine } from '../src/site/utf8.js';

describe('invalid UTF-8 in a page', () => {
  // A Latin-1 "é" (0xE9) in the location, as an editor set to Windows-1252 writes it.
  const page = Buffer.from(talkPage({ title: 'Caf\u00e9 talk', date: '2024-11-21T13:00:00Z', location: 'Salle XXX' }).replace('XXX', '\u0000'), 'utf8');
  const latin1 = Buffer.concat([page.subarray(0, page.indexOf(0)), Buffer.from([0xe9]), page.subarray(page.indexOf(0) + 1)]);
  const s = makeSite({ 'content/event/latin1/index.md': latin1, 'content/event/utf8/index.md': talkPage({ title: 'Caf\u00e9 talk two', date: '2024-11-22T13:00:00Z' }) });
  afterAll(() => s.cleanup());

  it('check warns with the path and the line of the first bad byte; the talk is still read', async () => {
    const r = await runCli(['check', '--site', s.dir, '--now', '2024-11-14T09:00:00Z']);
    expect(r.code).toBe(0);
    const line = latin1.subarray(0, latin1.indexOf(0xe9)).toString('latin1').split('\n').length;
    expect(r.stdout).toContain(`content/event/latin1/index.md:${line}:1: warning: the page is not valid UTF-8`);
    expect(r.stdout).not.toMatch(/utf8\/index\.md:\d+:1: warning: the page is not valid UTF-8/);
    const list = await runCli(['list', '--json', '--site', s.dir, '--now', '2024-11-14T09:00:00Z']);
    expect(JSON.parse(list.stdout).map((e: { id: string }) => e.id)).toEqual(['event/latin1', 'event/utf8']);
  });

  it('finds the line of the first invalid byte, not of a correct multi-byte character', () => {
    expect(firstInvalidLine(Buffer.from('a\nb\u00e9\nc\n'))).toBe(4);
    expect(firstInvalidLine(Buffer.concat([Buffer.from('a\n\u00e9\n'), Buffer.from([0xc3, 0x28])]))).toBe(3);
  });
});
