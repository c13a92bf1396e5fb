/**
 * Misbehaving servers on 127.0.0.1, for the attack script (scripts/attack.mjs) and the tests of the same faults. Each
 * speaks just enough of its protocol to be a real peer of nodemailer or @slack/webhook, and counts what it was sent.
 *
 *   const echo = await startSmtpEcho({ mechanism: 'PLAIN' });   // refuses AUTH with a 535 that quotes the argument
 *   const tarpit = await startSmtpTarpit({ delayMs: 2000 });    // answers every command, the greeting too, late
 *   const dropper = await startSmtpDropper({ drops: 1 });       // cuts the connection after a message's data, once
 *   const hook = await startWebhook();                          // an incoming webhook: `hook.url`, `hook.posts`
 *   hook.behave('late', { delayMs: 3000 });                     // posts, then answers after delayMs
 *   hook.behave('500');                                         // posts nothing, answers 500
 *   hook.behave('drop');                                        // reads the request, then cuts the connection
 *   hook.behave('ok');                                          // posts and answers `ok`
 *   await x.close();
 */
import http from 'node:http';
import net from 'node:net';

const listen = (server) =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });

/**
 * A line-based TCP server on 127.0.0.1 (just enough of SMTP): `greet(socket)` on connect, then `onLine(line, socket)` for
 * each line the client sends, CR LF or LF. Returns the server, its port and `close`, which also cuts open connections.
 */
async function lineServer(greet, onLine) {
  const sockets = new Set();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.setEncoding('utf8');
    let buffer = '';
    greet(socket);
    socket.on('data', (chunk) => {
      buffer += chunk;
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0 && !socket.destroyed) {
        const line = buffer.slice(0, nl).replace(/\r$/, '');
        buffer = buffer.slice(nl + 1);
        onLine(line, socket);
      }
    });
  });
  const port = await listen(server);
  return { port, close: closer(server, sockets) };
}

/** Closes a server and every connection it still holds. */
function closer(server, sockets) {
  return () =>
    new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

/**
 * An SMTP server that offers one AUTH mechanism and refuses every login with a 535 reply quoting what the client sent:
 * the base64 of `\0user\0pass` (PLAIN), or of the user and of the password (LOGIN), as some servers do in their logs.
 */
export async function startSmtpEcho({ mechanism = 'PLAIN' } = {}) {
  const heard = [];
  const logins = new WeakMap();
  const say = (socket, line) => socket.write(`${line}\r\n`);
  const { port, close } = await lineServer(
    (socket) => say(socket, '220 echo.example ESMTP'),
    (line, socket) => {
      heard.push(line);
      const login = logins.get(socket);
      if (login) {
        login.push(line);
        if (login.length === 1) say(socket, '334 UGFzc3dvcmQ6');
        else {
          say(socket, `535 5.7.8 Authentication failed for ${login.join(' ')}`);
          logins.delete(socket);
        }
        return;
      }
      const verb = line.split(' ')[0].toUpperCase();
      if (verb === 'EHLO') say(socket, `250-echo.example\r\n250 AUTH ${mechanism}`);
      else if (verb === 'HELO') say(socket, '250 echo.example');
      else if (verb === 'AUTH' && /^AUTH PLAIN /i.test(line)) say(socket, `535 5.7.8 Authentication failed for ${line.slice(11)}`);
      else if (verb === 'AUTH' && /^AUTH PLAIN$/i.test(line)) say(socket, '334 ');
      else if (verb === 'AUTH' && /^AUTH LOGIN/i.test(line)) {
        logins.set(socket, []);
        say(socket, '334 VXNlcm5hbWU6');
      } else if (verb === 'QUIT') {
        say(socket, '221 bye');
        socket.end();
      } else say(socket, '502 5.5.2 not here');
    },
  );
  return { port, url: (user, pass) => `smtp://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@127.0.0.1:${port}`, heard, close };
}

/**
 * An SMTP server that accepts everything, slowly: each reply, the greeting included, comes `delayMs` after the
 * command. A client without an overall deadline spends about ten times `delayMs` on one message.
 */
export async function startSmtpTarpit({ delayMs = 2000 } = {}) {
  const state = { commands: 0, messages: 0 };
  const inData = new WeakSet();
  const later = (socket, line) => setTimeout(() => socket.destroyed || socket.write(`${line}\r\n`), delayMs);
  const { port, close } = await lineServer(
    (socket) => later(socket, '220 tarpit.example ESMTP'),
    (line, socket) => {
      if (inData.has(socket)) {
        if (line === '.') {
          inData.delete(socket);
          state.messages++;
          later(socket, '250 2.0.0 queued');
        }
        return;
      }
      state.commands++;
      const verb = line.split(' ')[0].toUpperCase();
      if (verb === 'EHLO') later(socket, '250-tarpit.example\r\n250 8BITMIME');
      else if (verb === 'DATA') {
        inData.add(socket);
        later(socket, '354 go ahead');
      } else if (verb === 'QUIT') later(socket, '221 bye');
      else later(socket, '250 ok');
    },
  );
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    get commands() {
      return state.commands;
    },
    get messages() {
      return state.messages;
    },
    close,
  };
}

/**
 * An SMTP server that reads a message's data and then cuts the connection before its reply, `drops` times; after that
 * it accepts. The client cannot know whether the message was taken: the case of a message sent again.
 */
export async function startSmtpDropper({ drops = 1 } = {}) {
  const state = { messages: 0, drops };
  const inData = new WeakSet();
  const say = (socket, line) => socket.write(`${line}\r\n`);
  const { port, close } = await lineServer(
    (socket) => say(socket, '220 drop.example ESMTP'),
    (line, socket) => {
      if (inData.has(socket)) {
        if (line !== '.') return;
        inData.delete(socket);
        if (state.drops-- > 0) return socket.destroy();
        state.messages++;
        say(socket, '250 queued');
        return;
      }
      const verb = line.split(' ')[0].toUpperCase();
      if (verb === 'EHLO') say(socket, '250-drop.example\r\n250 8BITMIME');
      else if (verb === 'DATA') {
        inData.add(socket);
        say(socket, '354 go ahead');
      } else if (verb === 'QUIT') {
        say(socket, '221 bye');
        socket.end();
      } else say(socket, '250 ok');
    },
  );
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    get messages() {
      return state.messages;
    },
    close,
  };
}

/**
 * A Slack incoming webhook: a POST with a JSON body posts it to the channel (`posts`) and answers `ok`, unless told to
 * behave otherwise. Every POST is counted in `requests`, whatever the answer.
 */
export async function startWebhook() {
  const sockets = new Set();
  const posts = [];
  let requests = 0;
  let mode = { fault: 'ok', delayMs: 0 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests++;
      const { fault, delayMs, body: answer } = mode;
      if (fault === 'drop') return req.socket.destroy();
      if (fault === '500') {
        res.writeHead(500, { 'content-type': 'text/plain' });
        return res.end(answer ?? 'internal_error');
      }
      if (fault === 'text') {
        res.writeHead(400, { 'content-type': 'text/html' });
        return res.end(answer ?? '<html>bad gateway</html>');
      }
      try {
        posts.push(JSON.parse(body));
      } catch {
        res.writeHead(400, { 'content-type': 'text/plain' });
        return res.end('invalid_payload');
      }
      const reply = () => {
        if (res.destroyed) return;
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
      };
      if (fault === 'late') setTimeout(reply, delayMs);
      else reply();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/services/T0TEST/B0TEST/webhook-secret-0123456789`,
    posts,
    get requests() {
      return requests;
    },
    /** `ok`, `late` (posted, answered after delayMs), `500`, `drop` (no answer), `text` (400 with `body`). */
    behave(fault, opts = {}) {
      mode = { fault, delayMs: opts.delayMs ?? 0, body: opts.body };
    },
    reset() {
      posts.length = 0;
      requests = 0;
      mode = { fault: 'ok', delayMs: 0 };
    },
    close: closer(server, sockets),
  };
}
