/**
 * The whole email delivery of a run is bounded (email.deadlineSeconds): a tarpit that answers every command late
 * cannot hold the run for minutes. What was left is reported as not sent (exit 1) and the next run sends it. The
 * real CLI and nodemailer against the tarpit on loopback (scripts/hostile-servers.mjs).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSmtpTarpit } from '../scripts/hostile-servers.mjs';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { cleanEnv, makeSite, runCli, type TempSite } from './run-support.js';

const NOW = '2024-11-18T09:00:00Z';
const DELAY_MS = 1500;
const config = (deadline: number) => `
digest: { weekday: monday, time: "08:00" }
announce: { mode: each, daysBefore: 7 }
email: { from: "Seminars <seminars@example.org>", to: list@example.org, deadlineSeconds: ${deadline} }
`;

let tarpit: { url: string; messages: number; commands: number; close(): Promise<void> };
let smtp: TestSmtpServer;
let site: TempSite;
beforeAll(async () => {
  tarpit = await startSmtpTarpit({ delayMs: DELAY_MS });
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await Promise.all([tarpit.close(), smtp.close()]);
});
beforeEach(async () => {
  site = await makeSite(config(5));
  await site.writeTalk('a', { title: 'Talk A', date: '2024-11-21T13:00:00Z', date_end: '2024-11-21T14:00:00Z' });
  await site.writeTalk('b', { title: 'Talk B', date: '2024-11-22T13:00:00Z', date_end: '2024-11-22T14:00:00Z' });
});
afterEach(async () => {
  await site.remove();
});

const run = (url: string) => runCli(['--site', site.root, '--now', NOW, '--channel', 'email'], cleanEnv({ SMTP_URL: url }));

describe('email.deadlineSeconds', () => {
  it('a tarpit: the run stops sending at the deadline, reports each email left as not sent (exit 1); the next run sends them', async () => {
    const t0 = Date.now();
    const first = await run(tarpit.url);
    const took = Date.now() - t0;
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(tarpit.messages).toBe(0);
    const failed = first.stdout.split('\n').filter((l) => /^\s*failed/.test(l));
    expect(failed.length).toBeGreaterThanOrEqual(2);
    for (const line of failed) expect(line).toMatch(/took longer than email\.deadlineSeconds \(5 s\).*sent by the next run/);
    // Without the deadline: the check (3 answers) and two messages of 7 answers each, DELAY_MS apart, over 25 s.
    expect(took).toBeLessThan(20_000);

    const second = await run(smtp.url);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(smtp.messages.length).toBe(failed.length);
  }, 60_000);

  it('a server too slow even to greet: the run ends at the deadline, not when the server would have finished the check', async () => {
    // Each answer 3 s late: the greeting alone comes after the 2 s deadline; the check would end with its QUIT after 9 s.
    const slow = await startSmtpTarpit({ delayMs: 3000 });
    const short = await makeSite(config(2));
    try {
      await short.writeTalk('a', { title: 'Talk A', date: '2024-11-21T13:00:00Z', date_end: '2024-11-21T14:00:00Z' });
      const t0 = Date.now();
      const r = await runCli(['--site', short.root, '--now', NOW, '--channel', 'email'], cleanEnv({ SMTP_URL: slow.url }));
      const took = Date.now() - t0;
      expect(r.code, r.stdout + r.stderr).toBe(1);
      expect(r.stdout).toMatch(/took longer than email\.deadlineSeconds \(2 s\) at the connection check/);
      // Start-up, reading and rendering take well under a second here; before, the process lived on for the check's 9 s.
      expect(took).toBeLessThan(6000);
      expect(slow.messages).toBe(0);
    } finally {
      await Promise.all([slow.close(), short.remove()]);
    }
  }, 30_000);
});
