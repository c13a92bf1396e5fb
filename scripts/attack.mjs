#!/usr/bin/env node
/**
 * The attack review, as a script: hostile pages, faulty servers, typos and injections against the built CLI
 * (dist/cli.js, else bundle/announce.mjs), each on a fresh temporary site, with servers on 127.0.0.1 only
 * (scripts/hostile-servers.mjs). Prints what was tried and what held; exits 1 if anything did not hold.
 *
 *   npm run attack            (after `npm run build`; .ci/run runs it after the tests)
 *
 * Needs nothing beside the clone and takes about a minute.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSmtpDropper, startSmtpEcho, startSmtpTarpit, startWebhook } from './hostile-servers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = [path.join(root, 'dist', 'cli.js'), path.join(root, 'bundle', 'announce.mjs')].find((f) => existsSync(f));
if (!CLI) {
  console.error('attack: no built CLI (dist/cli.js or bundle/announce.mjs); run `npm run build` first');
  process.exit(2);
}

const MONDAY = '2024-11-18T09:00:00Z';
const TUESDAY = '2024-11-19T09:00:00Z';
const HUGO = 'baseURL = "https://seminars.example.org/"\ntitle = "Seminar"\ntimeZone = "UTC"\n';
const CONFIG = 'digest: { weekday: monday, time: "08:00" }\nemail: { from: "Seminars <s@example.org>", to: list@example.org }\nslack: { channel: "#seminars" }\n';

/** A plain env: none of the developer's secrets, nothing that points outside loopback. */
function env(extra = {}) {
  const e = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };
  return { ...e, ...extra };
}

function cli(args, site, extra = {}, timeoutMs = 60_000) {
  const t0 = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args, '--site', site.root], { env: env(extra), timeout: timeoutMs, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr, ms: Date.now() - t0, killed: !!error?.killed });
    });
  });
}

function talk(title, date, extra = '') {
  return `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\npublishDate: 2024-01-01T00:00:00Z\nlocation: Room 1\nsummary: "Talk by [Ada Lovelace](https://people.example.org/ada) (Somewhere)"\n${extra}---\n\nA talk.\n`;
}

async function makeSite({ hugo = HUGO, config = CONFIG, talks = {} } = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'announce-attack-'));
  await writeFile(path.join(dir, 'hugo.toml'), hugo);
  await writeFile(path.join(dir, 'announce.config.yaml'), config);
  const site = {
    root: dir,
    async write(name, text) {
      const file = path.join(dir, 'content', 'event', name, 'index.md');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    },
    async remove(name) {
      await rm(path.join(dir, 'content', 'event', name), { recursive: true, force: true });
    },
    async outbox() {
      const d = path.join(dir, '.announce', 'outbox');
      if (!existsSync(d)) return [];
      return (await readdir(d)).filter((f) => f.endsWith('.eml') || f.endsWith('.json')).sort();
    },
    async read(file) {
      return readFile(path.join(dir, '.announce', 'outbox', file), 'utf8');
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
  for (const [name, text] of Object.entries(talks)) await site.write(name, text);
  return site;
}

const weekTalks = (n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, talk(`Talk ${i}`, `2024-11-2${i}T13:00:00Z`)]));

const results = [];
async function attempt(tried, fn) {
  const t0 = Date.now();
  let held = false;
  let detail = '';
  try {
    const r = await fn();
    held = r.held;
    detail = r.detail;
  } catch (error) {
    detail = `crashed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200);
  }
  results.push({ tried, held, detail, ms: Date.now() - t0 });
  process.stderr.write(`${held ? 'held  ' : 'BROKE '} ${tried} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
}

// ---------------------------------------------------------------------------------------------------------------
// Hostile pages

await attempt('a page whose speaker line backtracks (`**Speaker:** [` and 30 `()` pairs)', async () => {
  const site = await makeSite({ talks: { ok: talk('Fine', '2024-11-21T13:00:00Z'), bad: talk('Bad', '2024-11-22T13:00:00Z').replace('A talk.', `**Speaker:** [${'()'.repeat(30)}`) } });
  try {
    const r = await cli(['list', '--json', '--now', MONDAY], site, {}, 30_000);
    const ok = !r.killed && r.stdout.includes('event/ok');
    return { held: ok, detail: `list in ${(r.ms / 1000).toFixed(1)} s, exit ${r.code}, the other talk listed: ${r.stdout.includes('event/ok')}` };
  } finally {
    await site.cleanup();
  }
});

await attempt('a page of wide YAML aliases (an anchor of two 100 KB strings, 20,000 references)', async () => {
  const big = 'x'.repeat(100_000);
  const refs = Array.from({ length: 20_000 }, () => '  - *a').join('\n');
  const page = `---\ntitle: Wide\ndate: 2024-11-22T13:00:00Z\nanchor: &a ["${big}", "${big}"]\nrefs:\n${refs}\n---\n`;
  const site = await makeSite({ talks: { ok: talk('Fine', '2024-11-21T13:00:00Z'), wide: page } });
  try {
    const r = await cli(['check', '--now', MONDAY], site, {}, 60_000);
    const named = (r.stdout + r.stderr).includes('content/event/wide/index.md');
    return { held: !r.killed && r.code !== 0 && r.code !== null && named && !/heap out of memory/i.test(r.stderr), detail: `exit ${r.code} in ${(r.ms / 1000).toFixed(1)} s, page named: ${named}` };
  } finally {
    await site.cleanup();
  }
});

await attempt('a 300,000-character title, a 1.6 MB abstract and a 1.6 MB bio (announced with --event)', async () => {
  const prose = 'Words of a very long text. '.repeat(60_000);
  const page = talk('Long '.repeat(60_000), '2024-11-21T13:00:00Z').replace('A talk.', `${prose}\n\n**Bio:** ${prose}`);
  const site = await makeSite({ talks: { big: page } });
  try {
    const r = await cli(['--event', 'event/big', '--now', MONDAY, '--channel', 'email'], site);
    const emls = (await site.outbox()).filter((f) => f.endsWith('.eml'));
    let worst = 0;
    let subject = 0;
    for (const f of emls) {
      const text = await site.read(f);
      worst = Math.max(worst, text.length);
      const s = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(text)?.[1] ?? '';
      subject = Math.max(subject, s.length);
    }
    return { held: r.code === 0 && emls.length > 0 && worst < 1_000_000 && subject < 400, detail: `exit ${r.code}, ${emls.length} email(s), largest ${(worst / 1024).toFixed(0)} KB, Subject header ${subject} characters` };
  } finally {
    await site.cleanup();
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Injections

await attempt('injections in a page: <!channel>, <script>, a disguised link, bidi overrides, ::workflow commands', async () => {
  const abstract =
    'Hi <!channel> and <@U123>. <script>alert(1)</script> <style>.x{color:red}</style> ' +
    'See [good.example,](https://evil.example/a), [g\u043Eod.example](https://evil.example/b), [good\u3002example](https://evil.example/c).';
  const page = talk(`Talk \u202Egnp.exe`, '2024-11-21T13:00:00Z', `abstract: ${JSON.stringify(abstract)}\n`).replace('A talk.', 'A talk.\n\n::error::pwned\n');
  const site = await makeSite({ talks: { inj: page } });
  try {
    const r = await cli(['--event', 'event/inj', '--now', MONDAY], site, { GITHUB_ACTIONS: 'true' });
    const files = await site.outbox();
    const all = (await Promise.all(files.map((f) => site.read(f)))).join('\n');
    const slack = (await Promise.all(files.filter((f) => f.endsWith('.json')).map((f) => site.read(f)))).join('\n');
    const problems = [];
    if (!files.length) problems.push('nothing sent');
    if (/<!channel>|<@U123>/.test(slack)) problems.push('a mention in Slack');
    if (/alert\(1\)|color:red/.test(all)) problems.push('script or style content');
    if (/evil\.example\/[abc]\|/.test(slack)) problems.push('a disguised Slack link');
    if (/\u202E/.test(all)) problems.push('a bidi override');
    if (/^::error::pwned/m.test(r.stdout + r.stderr)) problems.push('a live workflow command');
    return { held: problems.length === 0 && r.code === 0, detail: problems.length ? problems.join(', ') : `exit ${r.code}, ${files.length} messages, all inert` };
  } finally {
    await site.cleanup();
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Typos

await attempt('typo: contentDir = "contnet" in hugo.toml after talks were announced', async () => {
  const site = await makeSite({ talks: weekTalks(4) });
  try {
    await cli(['run', '--now', MONDAY], site);
    const before = await site.outbox();
    await writeFile(path.join(site.root, 'hugo.toml'), `${HUGO}contentDir = "contnet"\n`);
    const r = await cli(['run', '--now', TUESDAY], site);
    const after = await site.outbox();
    return { held: r.code === 2 && after.length === before.length, detail: `exit ${r.code}, ${after.length - before.length} sent` };
  } finally {
    await site.cleanup();
  }
});

await attempt('typo: sections: [talks] in the configuration', async () => {
  const site = await makeSite({ talks: weekTalks(4) });
  try {
    await cli(['run', '--now', MONDAY], site);
    const before = await site.outbox();
    await writeFile(path.join(site.root, 'announce.config.yaml'), `${CONFIG}sections: [talks]\n`);
    const r = await cli(['run', '--now', TUESDAY], site);
    const after = await site.outbox();
    return { held: r.code === 2 && after.length === before.length, detail: `exit ${r.code}, ${after.length - before.length} sent` };
  } finally {
    await site.cleanup();
  }
});

await attempt('three of four announced talks vanish at once (a moved folder)', async () => {
  const site = await makeSite({ talks: weekTalks(4) });
  try {
    await cli(['run', '--now', MONDAY], site);
    const before = await site.outbox();
    for (const n of ['t0', 't1', 't2']) await site.remove(n);
    const r = await cli(['run', '--now', TUESDAY], site);
    const plan = await cli(['plan', '--now', TUESDAY], site);
    const after = await site.outbox();
    const held = r.code === 2 && plan.code === 2 && after.length === before.length && r.stderr.includes('--allow-mass-cancel');
    return { held, detail: `run exit ${r.code}, plan exit ${plan.code}, ${after.length - before.length} sent` };
  } finally {
    await site.cleanup();
  }
});

await attempt("--event '' and --event '//'", async () => {
  const site = await makeSite({ talks: weekTalks(1) });
  try {
    const a = await cli(['--event', '', '--now', MONDAY], site);
    const b = await cli(['--event', '//', '--now', MONDAY], site);
    return { held: a.code === 2 && b.code === 2 && (await site.outbox()).length === 0, detail: `exit ${a.code} and ${b.code}` };
  } finally {
    await site.cleanup();
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Faulty servers

const hook = await startWebhook();
for (const fault of ['late', '500', 'drop']) {
  await attempt(`a webhook that ${{ late: 'posts and answers late', 500: 'answers 500', drop: 'drops the connection' }[fault]}, three runs`, async () => {
    hook.reset();
    hook.behave(fault, { delayMs: 4000 });
    const site = await makeSite({ talks: weekTalks(1) });
    try {
      const codes = [];
      for (let i = 0; i < 3; i++)
        codes.push((await cli(['run', '--now', MONDAY, '--channel', 'slack'], site, { SLACK_WEBHOOK_URL: hook.url, ANNOUNCE_SLACK_TIMEOUT_MS: '1000' })).code);
      return { held: hook.requests <= 2 && codes[2] === 0, detail: `${hook.requests} POSTs over 3 runs (exit ${codes.join(', ')})` };
    } finally {
      await site.cleanup();
    }
  });
}
await hook.close();

await attempt('an SMTP tarpit (each answer 2 s late), email.deadlineSeconds: 4', async () => {
  const tarpit = await startSmtpTarpit({ delayMs: 2000 });
  const site = await makeSite({ config: CONFIG.replace('to: list@example.org }', 'to: list@example.org, deadlineSeconds: 4 }'), talks: weekTalks(2) });
  try {
    const r = await cli(['run', '--now', MONDAY, '--channel', 'email'], site, { SMTP_URL: tarpit.url });
    return { held: r.code === 1 && r.ms < 15_000 && /deadlineSeconds/.test(r.stdout), detail: `exit ${r.code} after ${(r.ms / 1000).toFixed(1)} s` };
  } finally {
    await Promise.all([tarpit.close(), site.cleanup()]);
  }
});

await attempt('an SMTP server that quotes the AUTH PLAIN argument (base64 of the password) in its refusal', async () => {
  const echo = await startSmtpEcho({ mechanism: 'PLAIN' });
  const pass = 'attack-secret-Pa55';
  const site = await makeSite({ talks: weekTalks(1) });
  try {
    const r = await cli(['run', '--now', MONDAY, '--channel', 'email'], site, { SMTP_URL: echo.url('user@example.org', pass) });
    const out = r.stdout + r.stderr;
    const b64 = Buffer.from(`\0user@example.org\0${pass}`).toString('base64');
    return { held: r.code === 2 && !out.includes(pass) && !out.includes(b64), detail: `exit ${r.code}, secret or its base64 in the output: ${out.includes(pass) || out.includes(b64)}` };
  } finally {
    await Promise.all([echo.close(), site.cleanup()]);
  }
});

await attempt('an SMTP server that drops the connection after DATA, then two runs', async () => {
  // The first message's data is read, then the connection is cut before the reply.
  const smtp = await startSmtpDropper({ drops: 1 });
  const url = smtp.url;
  const site = await makeSite({ talks: weekTalks(1) });
  try {
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await cli(['run', '--now', MONDAY, '--channel', 'email'], site, { SMTP_URL: url })).code);
    return { held: codes.join() === '1,0,0' && smtp.messages === 1, detail: `exit ${codes.join(', ')}; ${smtp.messages} accepted` };
  } finally {
    await Promise.all([smtp.close(), site.cleanup()]);
  }
});

await attempt('`announce plan | head -1` (a closed pipe)', async () => {
  const site = await makeSite({ talks: weekTalks(4) });
  try {
    const r = await new Promise((resolve) => {
      execFile('/bin/sh', ['-c', `"${process.execPath}" "${CLI}" plan --site "${site.root}" --now ${MONDAY} | head -1`], { env: env(), timeout: 30_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? error.code : 0, stdout, stderr }),
      );
    });
    return { held: r.code === 0 && !/EPIPE|at .*\.js:\d+/.test(r.stderr), detail: r.stderr.trim() ? `stderr: ${r.stderr.trim().slice(0, 80)}` : 'quiet' };
  } finally {
    await site.cleanup();
  }
});

// ---------------------------------------------------------------------------------------------------------------

const width = Math.max(...results.map((r) => r.tried.length), 12);
const line = (a, b, c) => `${a.padEnd(width)} | ${b.padEnd(5)} | ${c}`;
console.log(line('What was tried', 'Held', 'What happened'));
console.log(`${'-'.repeat(width)}-|-------|-${'-'.repeat(40)}`);
for (const r of results) console.log(line(r.tried, r.held ? 'yes' : 'NO', r.detail));
const broke = results.filter((r) => !r.held).length;
const secs = results.reduce((s, r) => s + r.ms, 0) / 1000;
console.log(`\n${results.length - broke} of ${results.length} held (${secs.toFixed(0)} s, ${path.relative(root, CLI)}).`);
process.exit(broke ? 1 : 0);
