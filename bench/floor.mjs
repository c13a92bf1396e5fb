// The least any Node reader of these pages can do: walk the content folder, read every page, and parse its
// front matter with js-yaml. Nothing else (no dates, permalinks, speakers, output). The bench times it
// beside Hugo to show how much of `announce list` is the unavoidable part.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

const root = path.join(process.argv[2], 'content');
let n = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.md')) {
      const text = readFileSync(p, 'utf8');
      const end = text.indexOf('\n---', 3);
      yaml.load(text.slice(4, end).replace(/\\'/g, "'"), { schema: yaml.CORE_SCHEMA });
      n++;
    }
  }
};
walk(root);
console.log(n);
