import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));

// src/secrets.ts
var SECRET_VARS = ["SMTP_URL", "SLACK_BOT_TOKEN", "SLACK_WEBHOOK_URL"];
function secretValues(env = process.env) {
  const values = [];
  for (const name of SECRET_VARS) {
    const v = env[name];
    if (!v) continue;
    values.push(v, base64(v));
    if (name === "SMTP_URL") values.push(...smtpPasswordForms(v), ...smtpAuthForms(v));
  }
  return [...new Set(values.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
}
function smtpPasswordForms(url) {
  const forms = [];
  for (const userinfo of userinfosOf(url)) {
    const colon = userinfo.indexOf(":");
    if (colon < 0) continue;
    const password = userinfo.slice(colon + 1);
    if (password) forms.push(password, decode(password));
    if (colon > 0 && password) forms.push(userinfo);
  }
  return forms;
}
var decode = (s) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
function userinfosOf(url) {
  const userinfos = [];
  try {
    const u = new URL(url);
    if (u.password) userinfos.push(`${u.username}:${u.password}`);
  } catch {
  }
  const authority = /^[a-z][a-z0-9+.-]*:\/\/(.*)@/is.exec(url.trim());
  if (authority?.[1]) userinfos.push(authority[1]);
  return userinfos;
}
var base64 = (s) => Buffer.from(s, "utf8").toString("base64");
function smtpAuthForms(url) {
  const forms = [];
  for (const { user, pass } of smtpCredentials(url)) {
    forms.push(base64(`\0${user}\0${pass}`), base64(`${user}\0${user}\0${pass}`), base64(pass));
    if (user) forms.push(base64(user));
  }
  return forms;
}
function smtpCredentials(url) {
  const out = [];
  for (const userinfo of userinfosOf(url)) {
    const colon = userinfo.indexOf(":");
    if (colon < 0) continue;
    const pass = userinfo.slice(colon + 1);
    if (pass) out.push({ user: decode(userinfo.slice(0, colon)), pass: decode(pass) });
  }
  return out;
}
function scrub(text, env = process.env) {
  let out = text;
  for (const secret of secretValues(env)) out = out.split(secret).join("***");
  return out.replace(/\bxox[abposr]-[A-Za-z0-9-]{6,}/g, "xox*-***").replace(/(\/\/[^/\s:@]+:)[^@\s/]+@/g, "$1***@");
}
function redactUrl(url) {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    return u.toString().replace(/\/$/, "");
  } catch {
    return "(invalid URL)";
  }
}

export {
  scrub,
  redactUrl
};
