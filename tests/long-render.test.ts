/**
 * A run with much to render: a term's announcements at once, or a slow runner. Rendering is processor work that
 * settles on promises alone, and a run that never let the event loop turn while it rendered (1,000 messages held
 * it for 8 s in bench/deliver.mjs) lost what runs on timers: the ledger lock's refresh, so that a second run (a
 * manual `--event` beside the cron tick) found the lock stale and took it, two runs sending at once; and the SMTP
 * connection check started beside it, which then timed out and failed every email of the run, on every run. The renderer
 * here is the real one, made slow (as on a machine many times slower) by waiting on the processor after each
 * message; the ledger is the real file ledger, the SMTP server a real one on loopback.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { normaliseConfig } from '../src/config/config.js';
import { createMailer } from '../src/deliver/mailer.js';
import { openLedger, type LedgerStore } from '../src/ledger/index.js';
import { renderEmail } from '../src/render/email/index.js';
import { renderSlack } from '../src/render/slack/index.js';
import { executeRun, runContextOf } from '../src/run/index.js';
import { readEmailTemplates } from '../src/run/templates.js';
import { anEvent, aSite } from './support/builders.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';

const NOW = new Date('2024-11-18T09:00:00Z');
const TALKS = 16;
/** Processor time each message takes to render: 16 of them hold the processor for 4 s. */
const RENDER_MS = 250;

const events = Array.from({ length: TALKS }, (_, i) =>
  anEvent({ id: `event/talk-${i}`, title: `Talk ${i}`, start: new Date(NOW.getTime() + 86_400_000 + i * 3_600_000) }),
);

let dir: string;
let smtp: TestSmtpServer;
let ledger: LedgerStore | null = null;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'announce-long-render-'));
  smtp.clear();
});
afterEach(async () => {
  await ledger?.close();
  ledger = null;
  await rm(dir, { recursive: true, force: true });
});

const LEDGER = pathToFileURL(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/ledger/index.js')).href;

/** A second run in its own process, trying for 3 s to lock the same ledger (stale after 2 s): "took" or "refused". */
function secondRun(state: string): Promise<string> {
  const script = `
    const { openLedger } = await import(${JSON.stringify(LEDGER)});
    try {
      const l = await openLedger(${JSON.stringify(state)}, { staleMs: 2000, waitMs: 3000 });
      console.log('took');
      await l.close();
    } catch (e) {
      console.log(e.message.includes('locked by another run') ? 'refused' : 'error: ' + e.message);
    }`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  return new Promise((resolve) => child.on('close', () => resolve(out.trim())));
}

async function runWith(env: NodeJS.ProcessEnv, opts: { deadlineSeconds?: number; staleMs?: number; beside?: (state: string) => void }) {
  const config = normaliseConfig(
    {
      email: { from: 'Seminars <seminars@example.org>', to: 'list@example.org', ...(opts.deadlineSeconds ? { deadlineSeconds: opts.deadlineSeconds } : {}) },
      digest: { enabled: false },
      announce: { mode: 'each', daysBefore: 7 },
      reminders: { slack: [], email: [] },
    },
    { siteRoot: dir, hugoTimeZone: 'Europe/London', resolve: (r, p) => path.resolve(r, p) },
  );
  const templates = readEmailTemplates(config.templates);
  const slowRender: typeof renderEmail = async (input, t) => {
    const rendered = await renderEmail(input, t);
    for (const until = Date.now() + RENDER_MS; Date.now() < until; );
    return rendered;
  };
  const mailer = createMailer({ env, config, outboxDir: config.outbox });
  ledger = await openLedger(config.state, { staleMs: opts.staleMs });
  opts.beside?.(config.state);
  try {
    return await executeRun(
      runContextOf({ config, site: aSite({ root: dir }), events, problems: [] }),
      { mode: { type: 'run' }, now: NOW, dryRun: false },
      { mailer, slack: null, ledger, renderEmail: (input) => slowRender(input, templates), renderSlack, clock: () => new Date() },
    );
  } finally {
    await mailer.close();
  }
}

describe('a run that renders for longer than its timers allow', () => {
  it('keeps the ledger lock: a second run, while this one renders for 4 s, finds it held (not stale after 2 s) and waits', async () => {
    let second: Promise<string> = Promise.resolve('not started');
    const report = await runWith({}, { staleMs: 2000, beside: (state) => (second = secondRun(state)) });
    expect(await second).toBe('refused');
    expect(report.outcomes.map((o) => o.status)).toEqual(Array(TALKS).fill('sent'));
    expect(report.exitCode).toBe(0);
    expect(Object.keys(ledger!.data().deliveries)).toHaveLength(TALKS);
  }, 30_000);

  it('checks SMTP after rendering: email.deadlineSeconds (2 s) bounds the delivery, not the 4 s of rendering', async () => {
    const report = await runWith({ SMTP_URL: smtp.url }, { deadlineSeconds: 2 });
    expect(report.outcomes.filter((o) => o.status !== 'sent').map((o) => o.detail)).toEqual([]);
    expect(report.exitCode).toBe(0);
    expect(smtp.messages).toHaveLength(TALKS);
  }, 30_000);
});
