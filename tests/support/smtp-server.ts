/**
 * An in-process SMTP server for tests: real SMTP on 127.0.0.1 (any free port), every message parsed
 * with mailparser. It listens on the network, so a CLI child process can send to it too.
 *
 *   const smtp = await startSmtpServer();          // or startSmtpServer({ user, pass })
 *   smtp.url        // 'smtp://user:pass@127.0.0.1:PORT' — put it in SMTP_URL
 *   smtp.messages   // ReceivedMessage[]: { envelope, raw, parsed, headers(name) } in arrival order
 *   smtp.failNext('4xx' | '5xx' | 'drop', n = 1)   // answer the next n messages with 451, 554, or cut
 *                                                  // the connection in the middle of DATA
 *   smtp.delayNext(ms, n = 1)                      // hold the final reply to the next n messages for ms
 *                                                  // (the message is stored once the reply is sent)
 *   await smtp.waitForMessages(3)                  // resolves when 3 messages arrived (bounded wait)
 *   smtp.clear()                                   // forget received messages and pending faults
 *   await smtp.close()
 *
 * By default STARTTLS is not offered (no certificates needed). `startSmtpServer({ tls: 'starttls' })`
 * offers STARTTLS and `{ tls: 'implicit' }` speaks TLS from the first byte (smtps://), both with
 * smtp-server's built-in self-signed certificate; their `url` carries `?tls.rejectUnauthorized=false`
 * so nodemailer accepts it, and each message records whether its session was `secure`.
 * AUTH is accepted only with user/pass.
 * A failed or dropped message is not added to `messages`.
 */
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';

export type SmtpFault = '4xx' | '5xx' | 'drop';

export interface ReceivedMessage {
  envelope: { from: string | null; to: string[] };
  /** The session was encrypted (STARTTLS or implicit TLS). */
  secure: boolean;
  raw: Buffer;
  parsed: ParsedMail;
  /** A header's value as text (lower-case name), or undefined. */
  header(name: string): string | undefined;
}

export interface TestSmtpServer {
  url: string;
  host: string;
  port: number;
  user: string;
  pass: string;
  messages: ReceivedMessage[];
  /** Count of DATA attempts refused or dropped by injected faults. */
  faultsServed: number;
  failNext(fault: SmtpFault, n?: number): void;
  delayNext(ms: number, n?: number): void;
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMessage[]>;
  clear(): void;
  close(): Promise<void>;
}

export async function startSmtpServer(
  opts: { user?: string; pass?: string; tls?: 'none' | 'starttls' | 'implicit' } = {},
): Promise<TestSmtpServer> {
  const tls = opts.tls ?? 'none';
  const user = opts.user ?? 'announcer';
  const pass = opts.pass ?? 's3cret-Pa55word';
  const faults: SmtpFault[] = [];
  const delays: number[] = [];
  const messages: ReceivedMessage[] = [];
  const waiters = new Set<() => void>();
  const state = { faultsServed: 0 };

  // The server keeps its connections in a Set; dropping one needs the socket behind a session.
  const dropConnection = (session: SMTPServerSession) => {
    const conns = (server as unknown as { connections: Set<{ id: string; _socket: { destroy(): void } }> }).connections;
    for (const c of conns) if (c.id === session.id) c._socket.destroy();
  };

  const server: SMTPServer = new SMTPServer({
    secure: tls === 'implicit',
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: tls === 'none' ? ['STARTTLS'] : [],
    logger: false,
    closeTimeout: 200,
    size: 25 * 1024 * 1024,
    onAuth(auth, _session, cb) {
      if (auth.username === user && auth.password === pass) cb(null, { user: auth.username });
      else cb(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream, session, cb) {
      const fault = faults.shift();
      const delay = delays.shift() ?? 0;
      if (fault === 'drop') {
        state.faultsServed++;
        // Cut the line once part of the message has arrived: the client is mid-DATA.
        stream.once('data', () => dropConnection(session));
        stream.on('error', () => {});
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (fault === '4xx') {
          state.faultsServed++;
          return cb(Object.assign(new Error('Mailbox temporarily unavailable, try again later'), { responseCode: 451 }));
        }
        if (fault === '5xx') {
          state.faultsServed++;
          return cb(Object.assign(new Error('Message rejected by policy'), { responseCode: 554 }));
        }
        const raw = Buffer.concat(chunks);
        const parsing = simpleParser(raw, { skipImageLinks: true });
        const held = delay > 0 ? new Promise((r) => setTimeout(r, delay)) : Promise.resolve();
        Promise.all([parsing, held]).then(
          ([parsed]) => {
            messages.push({
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
                to: session.envelope.rcptTo.map((r) => r.address),
              },
              secure: session.secure,
              raw,
              parsed,
              header(name: string) {
                const v = parsed.headers.get(name.toLowerCase());
                if (v === undefined) return undefined;
                return typeof v === 'string' ? v : (parsed.headerLines.find((l) => l.key === name.toLowerCase())?.line.replace(/^[^:]*:\s*/, '') ?? String(v));
              },
            });
            cb();
            for (const w of [...waiters]) w();
          },
          (err: Error) => cb(err),
        );
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => {}); // a client vanishing mid-session is expected in the fault tests
  const port = (server.server.address() as AddressInfo).port;

  return {
    url:
      `${tls === 'implicit' ? 'smtps' : 'smtp'}://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@127.0.0.1:${port}` +
      (tls === 'none' ? '' : '?tls.rejectUnauthorized=false'),
    host: '127.0.0.1',
    port,
    user,
    pass,
    messages,
    get faultsServed() {
      return state.faultsServed;
    },
    failNext(fault: SmtpFault, n = 1) {
      for (let i = 0; i < n; i++) faults.push(fault);
    },
    delayNext(ms: number, n = 1) {
      for (let i = 0; i < n; i++) delays.push(ms);
    },
    waitForMessages(count: number, timeoutMs = 10_000) {
      return new Promise<ReceivedMessage[]>((resolve, reject) => {
        const check = () => {
          if (messages.length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(messages.slice());
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} SMTP messages within ${timeoutMs} ms, got ${messages.length}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    clear() {
      messages.length = 0;
      faults.length = 0;
      delays.length = 0;
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
