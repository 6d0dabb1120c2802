import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { PlanEntity } from '../plan/plan.entity';
import type { PlanSectionEntity } from '../plan/plan-section.entity';
import type { UserEntity } from '../users/user.entity';
import type { GeographicPriority, PlanSectionKind, SectionContent, TranslatedText } from '@polyphony/contracts';

/** Helpers of the demo plan's texts: every official text in several languages. */
export const DAY = 86_400_000;

export const t4 = (fr: string, es: string, ca: string, en: string): TranslatedText => ({ fr, es, ca, en });
export const t2 = (fr: string, es: string): TranslatedText => ({ fr, es });
export const para = (fr: string, es: string) => ({ id: randomUUID(), text: t2(fr, es) });

/** The departments that lead the demo plan's actions: [fr, es, ca, en]. */
const DEPARTMENTS = {
  international: [
    'Direction des relations internationales',
    'Dirección de Relaciones Internacionales',
    'Direcció de Relacions Internacionals',
    'International Relations Department',
  ],
  europeanFunds: ['Service des fonds européens', 'Servicio de Fondos Europeos', 'Servei de Fons Europeus', 'European Funds Office'],
  humanResources: [
    'Direction des ressources humaines',
    'Dirección de Recursos Humanos',
    'Direcció de Recursos Humans',
    'Human Resources Department',
  ],
  economicDevelopment: [
    'Agence de développement économique',
    'Agencia de Desarrollo Económico',
    'Agència de Desenvolupament Econòmic',
    'Economic Development Agency',
  ],
  cooperation: ['Service de coopération', 'Servicio de Cooperación', 'Servei de Cooperació', 'Cooperation Office'],
} as const;

/** A department's name in four languages (a new object each time: every section owns its content). */
export function department(key: keyof typeof DEPARTMENTS): TranslatedText {
  const [fr, es, ca, en] = DEPARTMENTS[key];
  return t4(fr, es, ca, en);
}

export function body(title: TranslatedText, paragraphs: ReturnType<typeof para>[], extra: Partial<SectionContent> = {}): SectionContent {
  return {
    title,
    paragraphs,
    expectedResults: [],
    leadDepartment: null,
    partners: [],
    geographicPriorities: [],
    sdgTargets: [],
    agendas: [],
    budget: null,
    indicators: [],
    ...extra,
  };
}

export const indicator = (fr: string, es: string, unit: string | null, baseline: number | null, target: number | null) => ({
  id: randomUUID(),
  kind: target === null ? ('qualitative' as const) : ('quantitative' as const),
  name: t2(fr, es),
  unit,
  baselineValue: baseline,
  // Dated in seedDemoPlan from the demo's timeline.
  baselineDate: baseline === null ? null : 'baseline',
  targetValue: target,
  targetDate: target === null ? null : 'target',
  source: 'Direction des relations internationales',
});

/** The reference case's geographic priorities (DOMAIN.md), with their intensity per zone. */
export const PRIORITIES: GeographicPriority[] = [
  ...['Greater Manchester', 'Grand Lyon', 'Milan', 'Turin', 'Porto', 'Katowice GZM'].map((territory) => ({
    territory,
    region: 'europe' as const,
    intensity: 'priority' as const,
  })),
  ...['Amsterdam', 'Rotterdam', 'La Haye', 'Grand Paris'].map((territory) => ({
    territory,
    region: 'europe' as const,
    intensity: 'intensify' as const,
  })),
  ...['Tunis', 'Aix-Marseille-Provence', 'Rome', 'Tanger-Tétouan', 'Sfax'].map((territory) => ({
    territory,
    region: 'mediterranean' as const,
    intensity: 'priority' as const,
  })),
  ...['Naples', 'Alger', 'Thessalonique'].map((territory) => ({
    territory,
    region: 'mediterranean' as const,
    intensity: 'encourage' as const,
  })),
  ...['San Salvador', 'Vallée d’Aburrá', 'Montevideo', 'Mexico', 'Guadalajara', 'Bogotá', 'Santiago du Chili'].map((territory) => ({
    territory,
    region: 'latin_america' as const,
    intensity: 'priority' as const,
  })),
  ...['Séoul', 'Canton', 'Montréal'].map((territory) => ({
    territory,
    region: territory === 'Montréal' ? ('north_america' as const) : ('asia' as const),
    intensity: 'intensify' as const,
  })),
  ...['Gauteng', 'Maputo', 'Dakar'].map((territory) => ({ territory, region: 'africa' as const, intensity: 'priority' as const })),
];

export interface Draft {
  kind: PlanSectionKind;
  content: SectionContent;
  actions?: SectionContent[];
}

/** What the later steps of the demo plan's seeding share (demo-plan.ts makes it). */
export interface DemoPlanContext {
  manager: EntityManager;
  consultationId: string;
  plan: PlanEntity;
  /** Demo accounts by the local part of their e-mail address ('official', 'resident'...). */
  users: Map<string, UserEntity>;
  official: UserEntity | null;
  /** A date `days` from now (negative: in the past). */
  at: (days: number) => Date;
  /** The strategic line sections, in order. */
  lines: PlanSectionEntity[];
  /** Inserts a section (with its indicators dated from the timeline). */
  insert: (kind: PlanSectionKind, content: SectionContent, position: number, parentId?: string | null) => Promise<PlanSectionEntity>;
}
