/** Helpers for the CLI-level run tests: a real temporary Hugo site and the built CLI as a child process. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/cli.js');

export interface TalkPage {
  title: string;
  /** Talk start (legacy Wowchemy `date`). */
  date: string;
  date_end?: string;
  publishDate?: string;
  location?: string;
  speaker?: string;
  draft?: boolean;
  cancelled?: boolean;
  all_day?: boolean;
}

export interface TempSite {
  root: string;
  state: string;
  writeTalk(name: string, page: TalkPage): Promise<void>;
  removeTalk(name: string): Promise<void>;
  remove(): Promise<void>;
}

export async function makeSite(configYaml: string, timeZone = 'Europe/London'): Promise<TempSite> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'announce-site-'));
  await writeFile(
    path.join(root, 'hugo.toml'),
    `baseURL = "https://seminars.example.org/"\ntitle = "NLP Seminar"\ntimeZone = "${timeZone}"\n`,
  );
  await writeFile(path.join(root, 'announce.config.yaml'), configYaml);
  await mkdir(path.join(root, 'content', 'event'), { recursive: true });
  return {
    root,
    state: path.join(root, '.announce', 'state.json'),
    async writeTalk(name, page) {
      const dir = path.join(root, 'content', 'event', name);
      await mkdir(dir, { recursive: true });
      const speaker = page.speaker ?? 'Ada Lovelace';
      const lines = [
        '---',
        `title: "${page.title}"`,
        `date: ${page.date}`,
        page.date_end ? `date_end: ${page.date_end}` : null,
        `publishDate: ${page.publishDate ?? '2024-01-01T00:00:00Z'}`,
        `location: ${page.location ?? 'Abacws'}`,
        `summary: "Talk by [${speaker}](https://people.example.org/${speaker.replace(/\W+/g, '-').toLowerCase()}) (University of Somewhere)"`,
        page.draft ? 'draft: true' : null,
        page.cancelled ? 'cancelled: true' : null,
        page.all_day ? 'all_day: true' : null,
        '---',
        '',
        `A talk about ${page.title}.`,
        '',
      ].filter((l) => l !== null);
      await writeFile(path.join(dir, 'index.md'), lines.join('\n'));
    },
    async removeTalk(name) {
      await rm(path.join(root, 'content', 'event', name), { recursive: true, force: true });
    },
    async remove() {
      await rm(root, { recursive: true, force: true });
    },
  };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** An environment without the developer's own secrets. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['SMTP_URL', 'SLACK_BOT_TOKEN', 'SLACK_WEBHOOK_URL', 'SLACK_API_URL', 'GITHUB_STEP_SUMMARY']) delete env[k];
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env, timeout: timeoutMs, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: unknown }).code as number | null) : 0;
      resolve({ code: typeof code === 'number' ? code : null, stdout, stderr });
    });
  });
}

export function spawnCli(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}
