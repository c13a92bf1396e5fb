/**
 * A server that quotes what the client sent it: SMTP AUTH arguments are base64 of the credentials, so the scrubber
 * knows those forms too. Through the CLI against a real peer of nodemailer (scripts/hostile-servers.mjs).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scrub } from '../src/secrets.js';
import { startSmtpEcho } from '../scripts/hostile-servers.mjs';
import { cleanEnv, makeSite, runCli, type TempSite } from './run-support.js';

const USER = 'announcer@example.org';
const PASS = 'p@ss:w0rd/Secret';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const FORMS = [b64(`\0${USER}\0${PASS}`), b64(`${USER}\0${USER}\0${PASS}`), b64(PASS), b64(USER)];

describe('scrub: base64 forms of the SMTP credentials', () => {
  const env = { SMTP_URL: `smtp://${encodeURIComponent(USER)}:${encodeURIComponent(PASS)}@mail.example.org:587` };
  it.each(FORMS)('%s is scrubbed', (form) => {
    expect(scrub(`535 5.7.8 Authentication failed for ${form}`, env)).toBe('535 5.7.8 Authentication failed for ***');
  });
  it('the Slack token and webhook URL in base64 too', () => {
    const slack = { SLACK_BOT_TOKEN: 'xoxb-1111-2222-abcdefabcdef', SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T0/B0/zzzzzzzz' };
    expect(scrub(`echo ${b64(slack.SLACK_BOT_TOKEN)} ${b64(slack.SLACK_WEBHOOK_URL)}`, slack)).toBe('echo *** ***');
  });
});

describe('an SMTP server that echoes the AUTH argument', () => {
  let site: TempSite;
  beforeEach(async () => {
    site = await makeSite('email: { from: "Seminars <seminars@example.org>", to: list@example.org }\n');
    await site.writeTalk('a', { title: 'Talk A', date: '2024-11-21T13:00:00Z' });
  });
  afterEach(() => site.remove());

  for (const mechanism of ['PLAIN', 'LOGIN'] as const) {
    describe(mechanism, () => {
      let echo: Awaited<ReturnType<typeof startSmtpEcho>>;
      beforeAll(async () => void (echo = await startSmtpEcho({ mechanism })));
      afterAll(() => echo.close());

      it('the reply quoting it reaches no output, in base64 or otherwise', async () => {
        const env = cleanEnv({ SMTP_URL: echo.url(USER, PASS) });
        const res = await runCli(['--site', site.root, '--now', '2024-11-18T09:00:00Z', '--channel', 'email'], env);
        expect(res.code).not.toBe(0);
        // The server did hear (and quote) the credentials: the test is about what we print of its reply.
        expect(echo.heard.join('\n')).toMatch(mechanism === 'PLAIN' ? /AUTH PLAIN \S+/ : /AUTH LOGIN/);
        const shown = res.stdout + res.stderr;
        expect(shown).toMatch(/535/);
        for (const secret of [...FORMS, PASS]) expect(shown).not.toContain(secret);
      });
    });
  }
});
