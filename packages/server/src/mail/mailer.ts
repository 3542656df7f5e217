import type { Config } from "../config";

export interface Mailer {
  send(message: { to: string[]; subject: string; text: string }): Promise<void>;
}

/** E-mail over SMTP when SMTP_URL is set; otherwise nothing is sent (notifications stay in-app). nodemailer loads with the first message, not at start. */
export function createMailer(config: Config["mail"]): Mailer | null {
  const url = config.smtpUrl;
  if (!url) return null;
  let transport: Promise<import("nodemailer").Transporter> | undefined;
  return {
    async send(m) {
      transport ??= import("nodemailer").then(({ default: nodemailer }) => nodemailer.createTransport(url));
      await (await transport).sendMail({ from: config.from, to: m.to, subject: m.subject, text: m.text });
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
