/**
 * announce.waitForPage: a talk is announced or listed only once the website shows its page. The site's baseURL points
 * at a local HTTP server on 127.0.0.1 that plays the website (pages missing, refused HEAD, redirects, errors, a page
 * that never answers); the run is called in process and sends real SMTP to the test server.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunOptions } from '../src/commands/options.js';
import { planCommand } from '../src/commands/plan.js';
import { runCommand } from '../src/commands/run.js';
import { cleanEnv } from './run-support.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { makeSite, talkPage } from './support/site.js';

/** What the website answers per path: a status, a redirect, HEAD refused then a status for GET, or no answer. */
type Page = number | { redirect: string } | { headRefused: number; get: number } | 'hang';

interface Website {
  url: string;
  pages: Map<string, Page>;
  requests: string[];
  close(): Promise<void>;
}

async function startWebsite(): Promise<Website> {
  const pages = new Map<string, Page>();
  const requests: string[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const page = pages.get(req.url ?? '') ?? 404;
    if (page === 'hang') return void hanging.add(res);
    if (typeof page === 'number') return void res.writeHead(page).end(req.method === 'GET' ? '<html></html>' : undefined);
    if ('redirect' in page) return void res.writeHead(301, { location: page.redirect }).end();
    if (req.method === 'HEAD') return void res.writeHead(page.headRefused).end();
    res.writeHead(page.get).end('<html></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    pages,
    requests,
    close: async () => {
      for (const res of hanging) res.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const CONFIG = (wait: boolean) => `
timezone: Europe/London
digest: { weekday: monday, time: "08:00", days: 7 }
announce: { waitForPage: ${wait} }
email: { from: "Seminars <seminars@example.org>", to: list@example.org }
`;

let web: Website;
let smtp: TestSmtpServer;
let site: ReturnType<typeof makeSite>;

beforeAll(async () => {
  [web, smtp] = await Promise.all([startWebsite(), startSmtpServer()]);
});
afterAll(async () => {
  await Promise.all([web?.close(), smtp?.close()]);
});
beforeEach(() => {
  smtp.clear();
  web.pages.clear();
  web.requests.length = 0;
});
afterEach(() => site?.cleanup());

function siteWith(wait: boolean, baseURL = web.url) {
  site = makeSite(
    {
      'announce.config.yaml': CONFIG(wait),
      'content/event/a/index.md': talkPage({ title: 'Talk A', date: '2024-11-21T13:00:00Z' }),
      'content/event/b/index.md': talkPage({ title: 'Talk B', date: '2024-11-22T13:00:00Z', publishDate: '2024-11-17T12:00:00Z' }),
    },
    `baseURL = "${baseURL}"\ntitle = "Seminar"\ntimeZone = "Europe/London"\n`,
  );
}

/** One command in process at `now`: its exit code, stdout and stderr lines. */
async function command(fn: (o: RunOptions) => Promise<number>, now: string, extra: Partial<RunOptions> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await fn({
    site: site.dir,
    now: new Date(now),
    dryRun: false,
    json: false,
    force: false,
    env: cleanEnv({ SMTP_URL: smtp.url, ANNOUNCE_PAGE_TIMEOUT_MS: '400' }),
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    ...extra,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const run = (now: string) => command(runCommand, now);
const emails = () => smtp.messages.map((m) => `${m.header('x-announce-kind')} ${m.header('x-announce-events')}`);

describe('announce.waitForPage', () => {
  it('leaves a talk whose page answers 404 out of the digest, says it waits with its URL, and announces it from the first run that finds the page', async () => {
    siteWith(true);
    web.pages.set('/event/a/', 200);
    const monday = await run('2024-11-18T08:05:00Z');
    expect(monday.code, monday.err).toBe(0);
    expect(emails()).toEqual(['digest event/a']);
    expect(monday.out).toContain(`Waiting: event/b waits for its page: ${web.url}event/b/ answers 404 (not on the website yet)`);
    expect(web.requests).toEqual(expect.arrayContaining(['HEAD /event/a/', 'HEAD /event/b/']));

    // Still not built: nothing goes out. 410 counts as missing too.
    web.pages.set('/event/b/', 410);
    const still = await run('2024-11-18T12:00:00Z');
    expect(emails()).toEqual(['digest event/a']);
    expect(still.out).toMatch(/event\/b waits for its page: .* answers 410/);

    // `plan` says so too, and in --json keeps its array of actions for scripts.
    const plan = await command(planCommand, '2024-11-18T12:00:00Z');
    expect(plan.out).toMatch(/Nothing is due[\s\S]*waiting: event\/b waits for its page/);
    const planJson = await command(planCommand, '2024-11-18T12:00:00Z', { json: true });
    expect(JSON.parse(planJson.out)).toEqual([]);
    expect(planJson.err).toMatch(/waiting: event\/b/);

    // The site is built: the server refuses HEAD (405) and answers GET. B goes out on its own, once.
    web.pages.set('/event/b/', { headRefused: 405, get: 200 });
    const built = await run('2024-11-18T12:30:00Z');
    expect(built.code, built.err).toBe(0);
    expect(web.requests.slice(-2)).toEqual(['HEAD /event/b/', 'GET /event/b/']);
    expect(emails()).toEqual(['digest event/a', 'announcement event/b']);
    expect(built.out).not.toMatch(/Waiting/);
    await run('2024-11-18T13:00:00Z');
    expect(emails()).toEqual(['digest event/a', 'announcement event/b']);
  });

  it('follows redirects: a page that moved is there, one that redirects to a 404 is not', async () => {
    siteWith(true);
    web.pages.set('/event/a/', { redirect: '/talks/a/' });
    web.pages.set('/talks/a/', 200);
    web.pages.set('/event/b/', { redirect: '/talks/b/' });
    const r = await run('2024-11-18T08:05:00Z');
    expect(emails()).toEqual(['digest event/a']);
    expect(r.out).toMatch(/event\/b waits for its page: .*event\/b\/ answers 404/);
  });

  it('does not hold a talk back when the website fails otherwise (5xx, no answer): a warning names the page', async () => {
    siteWith(true);
    web.pages.set('/event/a/', 503);
    web.pages.set('/event/b/', 'hang');
    const r = await run('2024-11-18T08:05:00Z');
    expect(r.code, r.err).toBe(0);
    expect(emails()).toEqual(['digest event/a,event/b']);
    expect(r.err).toMatch(new RegExp(`warning: event/a: its page ${web.url}event/a/ could not be checked: answered 503; announced anyway`));
    expect(r.err).toMatch(/warning: event\/b: its page .* could not be checked: no answer within 0\.4 s; announced anyway/);
    expect(r.out).not.toMatch(/Waiting/);
  });

  it('does not hold a talk back when nothing listens at the address (connection refused)', async () => {
    // A port of our own, closed again: nothing answers there.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    siteWith(true, `http://127.0.0.1:${port}/`);
    const r = await run('2024-11-18T08:05:00Z');
    expect(r.code, r.err).toBe(0);
    expect(emails()).toEqual(['digest event/a,event/b']);
    expect(r.err).toMatch(/warning: event\/a: its page .* could not be checked: ECONNREFUSED.*; announced anyway/);
  });

  it('requests nothing when it is off (the default), and never for a talk people were already told about', async () => {
    siteWith(false);
    await run('2024-11-18T08:05:00Z');
    expect(emails()).toEqual(['digest event/a,event/b']);
    expect(web.requests).toEqual([]);

    // Turned on later: the talks told already are followed as before (an update goes out without asking the website).
    site.write('announce.config.yaml', CONFIG(true));
    site.write('content/event/a/index.md', talkPage({ title: 'Talk A', date: '2024-11-21T15:00:00Z' }));
    const r = await run('2024-11-19T09:00:00Z');
    expect(r.code, r.err).toBe(0);
    expect(emails()).toEqual(['digest event/a,event/b', 'update event/a']);
    expect(web.requests).toEqual([]);
  });

  it('does not hold back `announce --event`: a person asked for it', async () => {
    siteWith(true);
    const r = await command(runCommand, '2024-11-18T07:00:00Z', { event: 'b' });
    expect(r.code, r.err).toBe(0);
    expect(emails()).toEqual(['announcement event/b']);
    expect(web.requests).toEqual([]);
  });
});
