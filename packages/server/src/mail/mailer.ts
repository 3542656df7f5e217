import nodemailer from "nodemailer";
import type { Config } from "../config";

export interface Mailer {
  send(message: { to: string[]; subject: string; text: string }): Promise<void>;
}

/** E-mail over SMTP when SMTP_URL is set; otherwise nothing is sent (notifications stay in-app). */
export function createMailer(config: Config["mail"]): Mailer | null {
  if (!config.smtpUrl) return null;
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async send(m) {
      await transport.sendMail({ from: config.from, to: m.to, subject: m.subject, text: m.text });
    },
  };
}

const shared = new Map<string, Mailer>();

/** One mailer per SMTP_URL for the whole process (requests that e-mail reuse its connection settings). */
export function mailerFor(config: Config["mail"]): Mailer | null {
  if (!config.smtpUrl) return null;
  const key = `${config.smtpUrl}\n${config.from}`;
  let mailer = shared.get(key);
  if (!mailer) {
    mailer = createMailer(config) as Mailer;
    shared.set(key, mailer);
  }
  return mailer;
}
