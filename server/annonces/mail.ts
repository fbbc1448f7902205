/**
 * Sending e-mail: nodemailer over SMTP, configured by TUILES_SMTP_URL. Without it there
 * is no mailer and the e-mail option of annonces is hidden.
 */
import nodemailer from 'nodemailer';

export interface OutgoingMessage {
  /** Exactly one recipient: a message never shows who else got it. */
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export interface Mailer {
  send(message: OutgoingMessage): Promise<void>;
  /** Absolute origin the links in messages start with (`https://ent.example`). */
  linkBase: string;
  close(): void;
}

export function smtpMailer(options: { url: string; from: string; linkBase: string; timeoutMs?: number }): Mailer {
  const timeout = options.timeoutMs ?? 30_000;
  const transport = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    linkBase: options.linkBase.replace(/\/+$/, ''),
    async send(message) {
      await transport.sendMail({ from: options.from, ...message });
    },
    close: () => transport.close(),
  };
}
