import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Instance, Language, SetupRequest, Territory, TerritorySettings, UpdateSettingsRequest } from '@polyphony/contracts';
import { setupRequestSchema, updateSettingsRequestSchema } from '@polyphony/contracts';
import type { z } from 'zod';
import { AppError } from '../core/errors/app-error';
import { slugify } from '../core/text/slug';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { BOOT_ADMIN_CONSENT } from '../demo/ensure-admin';
import type { UserEntity } from '../users/user.entity';
import type { TerritoryEntity } from './territory.entity';
import { toInstance, toSettings } from './territory.mapper';
import { TerritoryRepository } from './territory.repository';

/** Settings are read on every page and by every date formatter: kept this long in each process. */
const CACHE_MS = 5_000;
/** Before setup, and for anything dated then, times are shown in UTC. */
export const FALLBACK_TIME_ZONE = 'UTC';

type SetupInput = z.output<typeof setupRequestSchema>;
type SettingsInput = z.output<typeof updateSettingsRequestSchema>;

/** The territory this instance serves: first-run setup, settings, logo, and the time zone every date uses. */
@Injectable()
export class TerritoryService {
  private cache?: { at: number; territory: TerritoryEntity | null };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async current(): Promise<TerritoryEntity | null> {
    if (this.cache && Date.now() - this.cache.at < CACHE_MS) return this.cache.territory;
    const territory = await new TerritoryRepository(this.db.manager).current();
    this.cache = { at: Date.now(), territory };
    return territory;
  }

  private forget() {
    this.cache = undefined;
  }

  async instance(): Promise<Instance> {
    return toInstance(await this.current());
  }

  /** The IANA time zone of every date shown in pages, e-mails, transcripts and PDFs. */
  async timeZone(): Promise<string> {
    return (await this.current())?.timeZone ?? FALLBACK_TIME_ZONE;
  }

  async defaultLanguage(): Promise<Language | null> {
    return (await this.current())?.defaultLanguage ?? null;
  }

  /** The public card of the home page, with participation figures. */
  async publicTerritory(): Promise<Territory> {
    const territory = await this.current();
    if (!territory) throw new AppError('settings.not_set_up', { status: 404 });
    const stats = await new TerritoryRepository(this.db.manager).stats();
    const { id, slug, name, country, description, municipalities } = territory;
    return { id, slug, name, country, description, municipalities, stats };
  }

  async settings(): Promise<TerritorySettings> {
    const territory = await this.current();
    if (!territory) throw new AppError('settings.not_set_up', { status: 404 });
    return toSettings(territory);
  }

  /**
   * First run: creates the territory and its first strategic lines in one transaction; only once.
   * The admin who sets it up keeps their language if the territory offers it, else takes its default
   * one; the admin created at boot also takes the territory's country (until then a placeholder).
   */
  async setup(input: SetupRequest, actor: UserEntity): Promise<TerritorySettings> {
    const v = input as SetupInput;
    const created = await this.db.transaction(async (manager) => {
      const repo = new TerritoryRepository(manager);
      await repo.lockSetup();
      if (await repo.current()) throw AppError.conflict('settings.already_set_up');
      const base = slugify(v.name[v.defaultLanguage] ?? '', 'territory', { maxLength: 100 });
      let slug = base;
      for (let n = 2; await repo.slugTaken(slug); n++) slug = `${base}-${n}`;
      const territory = await repo.insert({ slug, ...columns(v) });
      for (const line of v.strategicLines)
        await this.taxonomy.create({ kind: 'strategic_line', label: line.label }, manager, v.defaultLanguage);
      await repo.adoptSetupAdmin(actor.id, {
        preferredLanguage: v.languages.includes(actor.preferredLanguage) ? actor.preferredLanguage : v.defaultLanguage,
        ...(actor.privacyConsentVersion === BOOT_ADMIN_CONSENT && { country: v.country }),
      });
      return territory;
    });
    this.forget();
    return toSettings(created);
  }

  async update(input: UpdateSettingsRequest): Promise<TerritorySettings> {
    const territory = await this.current();
    if (!territory) throw new AppError('settings.not_set_up');
    const repo = new TerritoryRepository(this.db.manager);
    await repo.update(territory.id, columns(input as SettingsInput));
    this.forget();
    return this.settings();
  }

  async setLogo(logo: { bytes: Buffer; type: string } | null): Promise<TerritorySettings> {
    const territory = await this.current();
    if (!territory) throw new AppError('settings.not_set_up');
    await new TerritoryRepository(this.db.manager).update(territory.id, {
      logo: logo?.bytes ?? null,
      logoType: logo?.type ?? null,
      logoUpdatedAt: logo ? new Date() : null,
    });
    this.forget();
    return this.settings();
  }

  logo() {
    return new TerritoryRepository(this.db.manager).logo();
  }
}

function columns(v: SettingsInput): Partial<TerritoryEntity> {
  const text = (t: Partial<Record<Language, string>>) => Object.fromEntries(Object.entries(t).filter(([, s]) => Boolean(s)));
  return {
    name: text(v.name),
    description: text(v.description),
    kind: v.kind,
    country: v.country,
    timeZone: v.timeZone,
    languages: v.languages,
    defaultLanguage: v.defaultLanguage,
    primaryColor: v.primaryColor,
    contactEmail: v.contactEmail,
    municipalities: v.municipalities,
  };
}
