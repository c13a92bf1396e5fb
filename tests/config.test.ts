import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configJsonSchema } from '../src/config/json-schema.js';
import { parseConfig } from '../src/config/validate.js';
import { aSite } from './support/builders.js';
import { ConfigError } from '../src/errors.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('configuration', () => {
  it('the committed JSON Schema is the one the validator uses (run scripts/write-config-schema.mjs after a change)', () => {
    const committed = JSON.parse(readFileSync(path.join(here, '../schema/announce.config.schema.json'), 'utf8'));
    expect(committed).toEqual(configJsonSchema());
    expect(committed.additionalProperties).toBe(false);
  });

  it('fills the embedded defaults, taking the display zone from Hugo', () => {
    const { config } = parseConfig('', { shownName: 'x', isJson: false, site: aSite({ timeZone: 'Europe/Berlin' }) });
    expect(config).toMatchObject({
      timezone: 'Europe/Berlin',
      sections: ['event', 'events', 'talk'],
      digest: { enabled: true, weekday: 1, time: '08:00', days: 7 },
      announce: { mode: 'digest', daysBefore: 7 },
      reminders: { slack: [60], email: [] },
    });
    expect(parseConfig('{}', { shownName: 'x', isJson: true, site: aSite({ timeZone: null }) }).config.timezone).toBe('UTC');
  });

  it('reads YAML with the keys people write', () => {
    const { config } = parseConfig(
      'timezone: America/New_York\ndigest:\n  weekday: friday\n  time: "16:30"\nannounce:\n  mode: each\n  daysBefore: 3\nemail:\n  to: [a@example.org, b@example.org]\n  subjectPrefix: "[NLP]"\nslack:\n  channel: "#talks"\n',
      { shownName: 'announce.config.yaml', isJson: false, site: aSite() },
    );
    expect(config.digest).toMatchObject({ weekday: 5, time: '16:30' });
    expect(config.announce).toEqual({ mode: 'each', daysBefore: 3, waitForPage: false });
    expect(config.email.to).toEqual(['a@example.org', 'b@example.org']);
    expect(config.slack.channel).toBe('#talks');
  });

  it('warns truthfully when talks are announced only on their day', () => {
    const { warnings } = parseConfig('timezone: Europe/London\ndigest: { enabled: false }\nannounce: { mode: each, daysBefore: 0 }\n', {
      shownName: 'x',
      isJson: false,
      site: aSite(),
    });
    expect(warnings).toEqual([
      'announce.daysBefore is 0 and the digest is off: each talk is announced only on its day (from 00:00 Europe/London), hours before it starts',
    ]);
  });

  it('names the file and each bad key', () => {
    try {
      parseConfig('digest:\n  time: "8am"\nemail:\n  to: []\n  form: x\n', { shownName: 'announce.config.yaml', isJson: false, site: aSite() });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as Error).message;
      expect(msg).toMatch(/announce\.config\.yaml: digest\.time: a time as HH:MM/);
      expect(msg).toMatch(/announce\.config\.yaml: unknown key "form" in email/);
    }
  });

  it('points at the line of a YAML syntax error', () => {
    expect(() => parseConfig('digest:\n  time: "08:00\n', { shownName: 'c.yaml', isJson: false, site: aSite() })).toThrow(/c\.yaml:\d+:\d+: not valid YAML/);
  });
});
