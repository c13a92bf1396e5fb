// Delivery benchmark: N talks due at once, each announced on its own (announce.mode: each), through the
// real run (plan → render → deliver → record in a file ledger), to the outbox and to a local SMTP server.
// Prints the time per talk and the ratio of 1,000 to 100 talks (linear would be 10; the goal is ≤ 12).
// Run after `npm run build`: node bench/deliver.mjs
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { normaliseConfig } from '../dist/config/config.js';
import { createMailer } from '../dist/deliver/mailer.js';
import { openLedger } from '../dist/ledger/index.js';
import { renderEmail } from '../dist/render/email/index.js';
import { renderSlack } from '../dist/render/slack/index.js';
import { executeRun, runContextOf } from '../dist/run/index.js';
import { readEmailTemplates } from '../dist/run/templates.js';

const NOW = new Date('2024-11-18T09:00:00Z');
const SIZES = [100, 1000];

function talks(n) {
  return Array.from({ length: n }, (_, i) => {
    const start = new Date(NOW.getTime() + 86_400_000 + i * 60_000);
    const id = `event/talk-${String(i).padStart(4, '0')}`;
    return {
      id,
      path: `content/${id}/index.md`,
      section: 'event',
      lang: null,
      slug: null,
      title: `Talk number ${i}: large-scale self-supervised training`,
      start,
      end: new Date(start.getTime() + 3_600_000),
      allDay: false,
      timezone: 'Europe/London',
      date: start,
      publishDate: new Date('2024-10-01T00:00:00Z'),
      expiryDate: null,
      draft: false,
      cancelled: false,
      permalink: `https://seminars.example.org/${id}/`,
      location: 'Abacws',
      address: 'Senghennydd Road, Cardiff CF24 4AG',
      speakers: [{ name: `Speaker ${i}`, affiliation: 'University of Manchester', url: 'https://example.org/' }],
      abstract: 'In this talk, I will first introduce **MERT**, an acoustic music understanding model.',
      summary: null,
      bio: 'Professor of Natural Language Processing.',
      eventName: null,
      links: [{ name: 'Event page', url: `https://seminars.example.org/${id}/` }],
    };
  });
}

async function startSmtp() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, cb) {
      stream.on('data', () => {});
      stream.on('end', () => {
        received++;
        cb();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    received: () => received,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function deliver(n, transport, smtpUrl) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'announce-bench-'));
  try {
    const config = normaliseConfig(
      { digest: { enabled: false }, announce: { mode: 'each', daysBefore: 7 }, reminders: { slack: [], email: [] } },
      { siteRoot: dir, hugoTimeZone: 'Europe/London', resolve: (r, p) => path.resolve(r, p) },
    );
    const site = {
      root: dir,
      baseURL: 'https://seminars.example.org/',
      title: 'NLP Seminar',
      timeZone: 'Europe/London',
      contentDirs: [{ dir: 'content', lang: null }],
      defaultContentLanguage: 'en',
      defaultContentLanguageInSubdir: false,
      permalinks: {},
      buildFuture: false,
      buildDrafts: false,
      buildExpired: false,
      configFiles: ['hugo.toml'],
    };
    const env = transport === 'smtp' ? { SMTP_URL: smtpUrl } : {};
    const mailer = createMailer({ env, config, outboxDir: config.outbox });
    const t0 = performance.now();
    const templates = readEmailTemplates(config.templates);
    const ledger = await openLedger(config.state);
    let report;
    try {
      report = await executeRun(
        runContextOf({ config, site, events: talks(n), problems: [] }),
        { mode: { type: 'run' }, now: NOW, dryRun: false },
        { mailer, slack: null, ledger, renderEmail: (input) => renderEmail(input, templates), renderSlack, clock: () => new Date() },
      );
    } finally {
      await ledger.close();
      await mailer.close();
    }
    const ms = performance.now() - t0;
    const sent = report.outcomes.filter((o) => o.status === 'sent').length;
    if (sent !== n) {
      // Name what the run said, so that a failure of the bench can be told from a slow run.
      const others = report.outcomes.filter((o) => o.status !== 'sent');
      const first = others[0];
      throw new Error(
        `${transport}: expected ${n} sent, got ${sent} (exit ${report.exitCode}); first of ${others.length} others: ${first?.status} ${first?.detail ?? ''}`,
      );
    }
    return ms;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const smtp = await startSmtp();
try {
  await deliver(20, 'outbox'); // warm-up: templates compiled, modules loaded
  const rows = [];
  for (const transport of ['outbox', 'smtp']) {
    const times = {};
    for (const n of SIZES) times[n] = await deliver(n, transport, smtp.url);
    rows.push({ transport, times });
    for (const n of SIZES)
      console.log(`${transport.padEnd(6)} ${String(n).padStart(5)} talks: ${(times[n] / 1000).toFixed(2)} s, ${(times[n] / n).toFixed(2)} ms per talk`);
    const ratio = times[1000] / times[100];
    console.log(`${transport.padEnd(6)} ratio 1000/100: ${ratio.toFixed(2)} (linear = 10, goal ≤ 12)${ratio <= 12 ? '' : '  ← above goal'}`);
  }
  console.log(`SMTP server received ${smtp.received()} messages.`);
} finally {
  await smtp.close();
}
