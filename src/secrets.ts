/**
 * The one place that knows the secrets: every line the program prints or records goes through
 * `scrub`, so a token or password in an error from a library never reaches a log.
 */
const SECRET_VARS = ['SMTP_URL', 'SLACK_BOT_TOKEN', 'SLACK_WEBHOOK_URL'] as const;

export function secretValues(env: NodeJS.ProcessEnv = process.env): string[] {
  const values: string[] = [];
  for (const name of SECRET_VARS) {
    const v = env[name];
    if (!v) continue;
    values.push(v);
    if (name === 'SMTP_URL') {
      try {
        const u = new URL(v);
        if (u.password) values.push(u.password, decodeURIComponent(u.password));
        if (u.username && u.password) values.push(`${u.username}:${u.password}`);
      } catch {
        /* not a URL: the whole value is already listed */
      }
    }
  }
  // Longest first, so a URL is replaced whole before its password is.
  return [...new Set(values.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
}

export function scrub(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text;
  for (const secret of secretValues(env)) out = out.split(secret).join('***');
  // Tokens that were never in the environment (e.g. echoed back by a server) still look like tokens.
  return out.replace(/\bxox[abposr]-[A-Za-z0-9-]{6,}/g, 'xox*-***').replace(/(\/\/[^/\s:@]+:)[^@\s/]+@/g, '$1***@');
}

/** A URL safe to print: credentials removed. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return '(invalid URL)';
  }
}
