#!/usr/bin/env node
/**
 * Renders the email previews in headless Chromium and writes the README screenshots:
 *   docs/screenshots/email-announcement-desktop.png  (600 px)
 *   docs/screenshots/email-announcement-phone.png    (375 px)
 *   docs/screenshots/email-digest-desktop.png        (600 px, ten talks)
 * Uses the compiled code (run `npx tsc -p .` first) and the same preview data as the tests.
 * CHROMIUM=/path/to/chromium overrides Debian's /usr/bin/chromium.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { renderEmail } = await import(path.join(root, 'dist/render/email/index.js'));
const { previewInputs, previewTalks } = await import(path.join(root, 'dist/render/email/preview-data.js'));
const { normaliseConfig } = await import(path.join(root, 'dist/config/config.js'));

const config = normaliseConfig(
  { email: { from: 'NLP Seminar <seminars@example.org>', to: 'nlp-seminar@lists.example.org', unsubscribe: 'https://lists.example.org/unsubscribe' } },
  { siteRoot: root, hugoTimeZone: 'Europe/London', resolve: (r, p) => path.resolve(r, p) },
);
const inputs = previewInputs(config);
const talks = previewTalks(10);
const shots = [
  { file: 'email-announcement-desktop.png', input: inputs.announcement, width: 600 },
  { file: 'email-announcement-phone.png', input: inputs.announcement, width: 375 },
  { file: 'email-digest-desktop.png', input: { ...inputs.digest, events: talks, sequence: {} }, width: 600 },
];

const outDir = path.join(root, 'docs/screenshots');
await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  timeout: 30_000,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const shot of shots) {
    const { html } = await renderEmail(shot.input);
    const context = await browser.newContext({ viewport: { width: shot.width, height: 900 }, deviceScaleFactor: 1 });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load', timeout: 15_000 });
    const file = path.join(outDir, shot.file);
    await page.screenshot({ path: file, fullPage: true, timeout: 20_000 });
    await context.close();
    console.log(path.relative(root, file));
  }
} finally {
  await browser.close();
}
