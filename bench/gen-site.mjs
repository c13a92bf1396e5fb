// Writes a Hugo site of N talks shaped like the real pages (legacy Wowchemy front matter, page bundles).
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function generateSite(dir, n, { seedPage } = {}) {
  mkdirSync(path.join(dir, 'content/event'), { recursive: true });
  writeFileSync(path.join(dir, 'hugo.toml'), 'baseURL = "https://seminars.example.org/"\ntitle = "Bench"\ntimeZone = "Europe/London"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n');
  const seed = seedPage ?? readFileSync(new URL('../content/event/2024-11-21/index.md', import.meta.url), 'utf8');
  const start = Date.UTC(2024, 0, 1, 13);
  for (let i = 0; i < n; i++) {
    const d = new Date(start + i * 6 * 3600 * 1000);
    const iso = d.toISOString().replace('.000', '');
    const end = new Date(d.getTime() + 3600 * 1000).toISOString().replace('.000', '');
    const page = seed
      .replace(/^title: [^]*?\n(?=# event:)/m, `title: "Seminar ${i}: \\"Talk number ${i}\\" on music\n and language"\n`)
      .replace(/^date: .*$/m, `date: ${iso}`)
      .replace(/^date_end: .*$/m, `date_end: ${end}`)
      .replace(/^publishDate: .*$/m, `publishDate: ${new Date(d.getTime() - 14 * 86400000).toISOString().replace('.000', '')}`);
    const bundle = path.join(dir, 'content/event', `talk-${String(i).padStart(5, '0')}`);
    mkdirSync(bundle, { recursive: true });
    writeFileSync(path.join(bundle, 'index.md'), page);
  }
}
