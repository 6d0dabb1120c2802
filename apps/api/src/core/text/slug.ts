import { randomBytes } from 'node:crypto';
import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';

/** URL-friendly name: lower case, accents dropped, dashes. */
export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return base || 'organisation';
}

/**
 * The slug of a new row made from its name: the name's slug, or that slug with a short random
 * suffix when a row of the same table already has it (the unique index still has the last word).
 */
export async function uniqueSlug<T extends { slug: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  name: string,
): Promise<string> {
  const base = slugify(name);
  const taken = await manager.getRepository(entity).existsBy({ slug: base } as FindOptionsWhere<T>);
  return taken ? `${base}-${randomBytes(3).toString('hex')}` : base;
}
