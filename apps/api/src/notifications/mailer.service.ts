import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { ENV, type Env } from '../core/config/env';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** E-mail through nodemailer when SMTP_URL is set; without it, sending is a no-op. */
@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly logger = new Logger('mail');
  private transport?: Transporter;

  constructor(@Inject(ENV) private readonly env: Env) {}

  get enabled(): boolean {
    return Boolean(this.env.SMTP_URL);
  }

  async send(mail: Mail): Promise<boolean> {
    if (!this.env.SMTP_URL) return false;
    this.transport ??= createTransport(this.env.SMTP_URL);
    try {
      await this.transport.sendMail({ from: this.env.MAIL_FROM, ...mail });
      return true;
    } catch (error) {
      // A mail server being down never fails the action that notified: the in-app notification stays.
      this.logger.warn({ err: error instanceof Error ? error.message : String(error), to: mail.to }, 'e-mail not sent');
      return false;
    }
  }

  onModuleDestroy() {
    this.transport?.close();
  }
}
