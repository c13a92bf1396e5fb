#!/usr/bin/env node
/**
 * Writes the README's pictures from `announce preview` on the sample site at the repository root:
 *   docs/screenshots/preview-index.png                the preview's index page
 *   docs/screenshots/preview-slack.png                the seed talk's Slack announcement
 *   docs/screenshots/email-announcement-desktop.png   the seed talk's announcement email at 600 px
 *   docs/screenshots/email-announcement-phone.png     the same at 375 px
 *   docs/screenshots/email-digest-desktop.png         the week's digest at 600 px
 *   docs/screenshots/email-announcement-fr.png        the seed talk's announcement with `locale: fr-FR`, at 600 px
 * Uses the compiled CLI (run `npx tsc -p .` first). CHROMIUM=/path overrides Debian's /usr/bin/chromium.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const site = await mkdtemp(path.join(os.tmpdir(), 'preview-sample-'));
await cp(path.join(root, 'content'), path.join(site, 'content'), { recursive: true });
await cp(path.join(root, 'hugo.toml'), path.join(site, 'hugo.toml'));

/** Starts `announce preview --serve` on a site; resolves with its URL and the child to stop. */
async function servePreview(dir) {
  const child = spawn(process.execPath, [path.join(root, 'dist/cli.js'), 'preview', '--serve', '--port', '0', '--site', dir, '--now', '2024-11-18T08:00:00Z'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`preview did not start: ${out}`)), 60_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`preview exited with ${code}`)));
  });
  return { url, child };
}

const { url, child } = await servePreview(site);
// The same site with its messages in French: labels and dates by `locale`.
const siteFr = await mkdtemp(path.join(os.tmpdir(), 'preview-sample-fr-'));
await cp(site, siteFr, { recursive: true });
await writeFile(path.join(siteFr, 'announce.config.yaml'), 'locale: fr-FR\n');
const french = await servePreview(siteFr);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  timeout: 30_000,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const shots = path.join(root, 'docs/screenshots');
  await mkdir(shots, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.screenshot({ path: path.join(shots, 'preview-index.png'), fullPage: true });
  const html = await page.content();
  const slug = html.includes('href="talk-event-2024-11-21/slack.html"') ? 'talk-event-2024-11-21' : /href="([^"/]+)\/slack\.html"/.exec(html)[1];
  await page.setViewportSize({ width: 760, height: 700 });
  await page.goto(`${url}${slug}/slack.html`, { waitUntil: 'load' });
  await (await page.$('.card')).screenshot({ path: path.join(shots, 'preview-slack.png') });
  const digest = /href="(\d+-digest-[^"/]+)\//.exec(html)?.[1];
  const emails = [
    { file: 'email-announcement-desktop.png', page: `${slug}/email.html`, width: 600 },
    { file: 'email-announcement-phone.png', page: `${slug}/email.html`, width: 375 },
    ...(digest ? [{ file: 'email-digest-desktop.png', page: `${digest}/email.html`, width: 600 }] : []),
  ];
  for (const shot of emails) {
    const ctx = await browser.newContext({ viewport: { width: shot.width, height: 900 }, deviceScaleFactor: 1 });
    const p = await ctx.newPage();
    await p.goto(`${url}${shot.page}`, { waitUntil: 'load' });
    await p.screenshot({ path: path.join(shots, shot.file), fullPage: true });
    await ctx.close();
  }
  const fr = await browser.newContext({ viewport: { width: 600, height: 900 }, deviceScaleFactor: 1 });
  const frPage = await fr.newPage();
  await frPage.goto(`${french.url}${slug}/email.html`, { waitUntil: 'load' });
  await frPage.screenshot({ path: path.join(shots, 'email-announcement-fr.png'), fullPage: true });
  await fr.close();
  console.log(`wrote the preview and email screenshots in ${shots}`);
} finally {
  await browser.close();
  child.kill('SIGTERM');
  french.child.kill('SIGTERM');
  await rm(site, { recursive: true, force: true });
  await rm(siteFr, { recursive: true, force: true });
}
