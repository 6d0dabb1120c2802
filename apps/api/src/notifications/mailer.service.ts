import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import type { MailStatus } from '@polyphony/contracts';
import { ENV, type Env } from '../core/config/env';
import { OutboxRepository } from './outbox.repository';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * E-mail through nodemailer when SMTP_URL is set. Without it, account e-mails (links to verify,
 * reset, invite) are kept in the admins' outbox and, outside production, written to the log, so
 * that a newcomer can follow every link; in production the missing server is reported at boot.
 */
@Injectable()
export class MailerService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('mail');
  private transport?: Transporter;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  get enabled(): boolean {
    return Boolean(this.env.SMTP_URL);
  }

  status(): MailStatus {
    return { smtpConfigured: this.enabled, outbox: !this.enabled, production: this.env.NODE_ENV === 'production' };
  }

  onModuleInit() {
    if (!this.enabled && this.env.NODE_ENV === 'production') {
      this.logger.warn(
        'SMTP_URL is not set: no e-mail leaves the platform. Account links (verification, password reset, invitations) wait in the admins’ outbox (/admin/outbox). Set SMTP_URL to send them.',
      );
    }
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

  /**
   * An e-mail people need to act on (a link). Sent by SMTP when configured; otherwise kept in the
   * outbox (inside the caller's transaction when one is given) and logged outside production.
   */
  async sendOrKeep(mail: Mail, manager?: EntityManager): Promise<'sent' | 'outbox' | 'failed'> {
    if (this.enabled) return (await this.send(mail)) ? 'sent' : 'failed';
    await new OutboxRepository(manager ?? this.db.manager).insert({
      recipient: mail.to,
      subject: mail.subject.slice(0, 300),
      text: mail.text,
    });
    if (this.env.NODE_ENV !== 'production')
      this.logger.log({ to: mail.to, subject: mail.subject, text: mail.text }, 'e-mail kept in the outbox');
    return 'outbox';
  }

  onModuleDestroy() {
    this.transport?.close();
  }
}
