/**
 * GitHub places an annotation (`::error file=…,line=…::…`) on a file by its path from the repository root, the
 * workspace. The CLI names pages by their path in the site, so for a site in a sub-folder (`site: docs`) the
 * action prefixes that folder. Pure.
 */
import path from 'node:path';

const COMMAND = /^::(error|warning|notice)(\s+[^:]*)?::/;

// Workflow-command property values are percent-escaped (the runner's own escaping rules).
const unescapeProperty = (v: string) =>
  v.replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%');
const escapeProperty = (v: string) =>
  v.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');

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
