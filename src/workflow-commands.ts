/**
 * GitHub Actions reads a step's output line by line and acts on any line that starts, after white space, with `::`
 * (`::error file=…::…`, `::add-mask::…`, `::stop-commands::…`) or `##[` (the older form). Page paths, event ids and
 * servers' replies are foreign text: in Actions none of it may start such a line. The commands we mean are built here,
 * every part escaped as the runner unescapes it; every other line is made inert at the CLI's edge (`inert`).
 */

export const inActions = (env: NodeJS.ProcessEnv): boolean => env.GITHUB_ACTIONS === 'true';

/** A command's message, as the runner unescapes it. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A command's property value (`file=…`): also `:` and `,`, which would end it. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const unescapeProperty = (v: string): string =>
  v.replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%');

/** `::error file=a.md,line=3,col=1::message`, with every property and the message escaped. */
export function workflowCommand(name: string, message: string, properties: Record<string, string | number> = {}): string {
  const props = Object.entries(properties)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** The runner reads a line break as CR, LF or CR LF. */
const LINE_START_COMMAND = /(^|\r\n|\r|\n)([^\S\r\n]*)(::|##\[)/g;

/**
 * Text in which no line reads as a workflow command: a line that starts (after white space) with `::` or `##[` gets
 * those characters percent-escaped (`%3A%3Aerror…`), which the log shows as they are. Line breaks stay: the text may be
 * several lines on purpose (a JSON report), and every line it makes is covered.
 */
export function inert(text: string): string {
  return text.replace(LINE_START_COMMAND, (_m, brk: string, space: string, start: string) =>
    `${brk}${space}${start === '::' ? '%3A%3A' : '%23%23['}`,
  );
}

/**
 * Foreign text (a server's answer, a page's value) cut for a message: on one line, without control characters, at most
 * `max` characters with an ellipsis.
 */
export function clip(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : line;
}

/** `clip`, quoted: a short excerpt of foreign text, shown as a quotation. */
export const excerpt = (text: string, max = 120): string => JSON.stringify(clip(text, max));
