import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  parsed: ParsedMail;
}

export interface TestSmtp {
  url: string;
  mails: ReceivedMail[];
  /** The first mail (already received or arriving within `ms`) that matches. */
  waitFor: (match: (mail: ReceivedMail) => boolean, ms?: number) => Promise<ReceivedMail>;
  close: () => Promise<void>;
}

/** A real SMTP server (the `smtp-server` package) that keeps what it receives, parsed by `mailparser`. */
export async function startSmtp(): Promise<TestSmtp> {
  const mails: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: parsed.from?.text ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            parsed,
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    waitFor: (match, ms = 5000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = mails.find(match);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching e-mail within ${ms} ms (received ${mails.length})`));
        }, ms);
        if (!check()) waiters.add(check);
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The link in an e-mail's text that starts with the path, e.g. `/reset-password`. */
export function linkIn(text: string, path: string): string {
  const found = text.match(new RegExp(`https?://[^\\s]+${path.replace(/[/]/g, '\\/')}\\?token=[A-Za-z0-9_%-]+`));
  if (!found) throw new Error(`no ${path} link in:\n${text}`);
  return found[0];
}

export const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
