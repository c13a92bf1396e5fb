/**
 * GitHub places an annotation (`::error file=…,line=…::…`) on a file by its path from the repository root, the
 * workspace. The CLI names pages by their path in the site, so for a site in a sub-folder (`site: docs`) the
 * action prefixes that folder. Pure.
 */
import path from 'node:path';
import { escapeProperty, unescapeProperty } from '../workflow-commands.js';

const COMMAND = /^::(error|warning|notice)(\s+[^:]*)?::/;


/** `line` with its `file=` made relative to `workspace` instead of `siteDir`; any other line as it is. */
export function annotationForWorkspace(line: string, siteDir: string, workspace: string): string {
  const m = COMMAND.exec(line);
  if (!m || !m[2]) return line;
  const props = m[2]
    .trim()
    .split(',')
    .map((p) => {
      const eq = p.indexOf('=');
      if (eq < 0 || p.slice(0, eq).trim() !== 'file') return p;
      const file = unescapeProperty(p.slice(eq + 1));
      if (path.isAbsolute(file)) return p;
      const rel = path.relative(workspace, path.resolve(siteDir, file)).split(path.sep).join('/');
      return `file=${escapeProperty(rel)}`;
    });
  return `::${m[1]} ${props.join(',')}::${line.slice(m[0].length)}`;
}
