/**
 * The outbox: without SMTP_URL each email is written as `<message-id>.eml` (exactly what SMTP would
 * carry, via nodemailer's stream transport) plus `<message-id>.html` to open in a browser.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DeliveryError } from '../errors.js';
import type { Mailer, OutgoingEmail } from './types.js';
import { toMailOptions } from './mail-message.js';

/** A file name from the Message-ID: deterministic, so a rerun overwrites rather than duplicates. */
export function outboxBaseName(messageId: string): string {
  const bare = messageId.replace(/^<|>$/g, '');
  const safe = bare.replace(/[^A-Za-z0-9._@+-]+/g, '_').replace(/^\.+/, '_');
  return safe.slice(0, 180) || 'message';
}

async function writeFileAtomic(file: string, data: string | Buffer): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

export function createOutboxMailer(opts: { dir: string }): Mailer {
  return {
    transport: 'outbox',
    destination: 'outbox',
    async verify() {
      try {
        await mkdir(opts.dir, { recursive: true });
      } catch (err) {
        throw new DeliveryError(`Cannot create the outbox folder ${opts.dir}: ${(err as Error).message}`, { cause: err });
      }
    },
    async sendEmail(mail: OutgoingEmail) {
      const base = path.join(opts.dir, outboxBaseName(mail.messageId));
      try {
        const nm = await import('nodemailer');
        const t = nm.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
        const info = await t.sendMail(toMailOptions(mail));
        await mkdir(opts.dir, { recursive: true });
        // .html first: the .eml appearing is what marks the message as written.
        await writeFileAtomic(`${base}.html`, mail.html);
        await writeFileAtomic(`${base}.eml`, info.message as Buffer);
        return { messageId: info.messageId || mail.messageId };
      } catch (err) {
        throw new DeliveryError(`Could not write ${base}.eml to the outbox: ${(err as Error).message}`, { cause: err });
      }
    },
    async close() {},
  };
}
