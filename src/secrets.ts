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
    values.push(v, base64(v));
    if (name === 'SMTP_URL') values.push(...smtpPasswordForms(v), ...smtpAuthForms(v));
  }
  // Longest first, so a URL is replaced whole before its password is.
  return [...new Set(values.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
}

/**
 * The password in SMTP_URL as written, decoded, and with its user name; also when the URL is malformed
 * (e.g. an unencoded # or /), read leniently as everything between `scheme://` and the last `@`.
 */
function smtpPasswordForms(url: string): string[] {
  const forms: string[] = [];
  for (const userinfo of userinfosOf(url)) {
    const colon = userinfo.indexOf(':');
    if (colon < 0) continue;
    const password = userinfo.slice(colon + 1);
    if (password) forms.push(password, decode(password));
    if (colon > 0 && password) forms.push(userinfo);
  }
  return forms;
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The userinfo of a URL (`user:pass`), parsed, and read leniently from a malformed one. */
function userinfosOf(url: string): string[] {
  const userinfos: string[] = [];
  try {
    const u = new URL(url);
    if (u.password) userinfos.push(`${u.username}:${u.password}`);
  } catch {
    /* malformed: the lenient reading below still finds it */
  }
  const authority = /^[a-z][a-z0-9+.-]*:\/\/(.*)@/is.exec(url.trim());
  if (authority?.[1]) userinfos.push(authority[1]);
  return userinfos;
}

const base64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/**
 * What SMTP authentication sends on the wire, which a server may echo in its reply (`535 … AGFubm91bmNlcgBzM2NyZXQ=`):
 * AUTH PLAIN's base64 of `\0user\0pass` (nodemailer's form, and with the user as authorisation id too), and AUTH
 * LOGIN's base64 of the user and of the password, each on its own line.
 */
function smtpAuthForms(url: string): string[] {
  const forms: string[] = [];
  for (const { user, pass } of smtpCredentials(url)) {
    forms.push(base64(`\0${user}\0${pass}`), base64(`${user}\0${user}\0${pass}`), base64(pass));
    if (user) forms.push(base64(user));
  }
  return forms;
}

/** The user and password of SMTP_URL as nodemailer sends them (percent-decoded), read as smtpPasswordForms reads them. */
function smtpCredentials(url: string): Array<{ user: string; pass: string }> {
  const out: Array<{ user: string; pass: string }> = [];
  for (const userinfo of userinfosOf(url)) {
    const colon = userinfo.indexOf(':');
    if (colon < 0) continue;
    const pass = userinfo.slice(colon + 1);
    if (pass) out.push({ user: decode(userinfo.slice(0, colon)), pass: decode(pass) });
  }
  return out;
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
