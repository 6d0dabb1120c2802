import { randomBytes } from 'node:crypto';
import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';

/**
 * URL-friendly name: lower case, accents dropped, one separator between words, at most `maxLength`
 * characters; `fallback` when nothing is left (a name in a script without Latin letters).
 */
export function slugify(name: string, fallback: string, { separator = '-', maxLength = 80 } = {}): string {
  const edges = new RegExp(`^\\${separator}+|\\${separator}+$`, 'g');
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(edges, '')
    .slice(0, maxLength)
    .replace(edges, '');
  return base || fallback;
}

/**
 * The slug of a new row made from its name: the name's slug, or that slug with a short random
 * suffix when a row of the same table already has it (the unique index still has the last word).
 */
export async function uniqueSlug<T extends { slug: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  name: string,
  fallback: string,
): Promise<string> {
  const base = slugify(name, fallback);
  const taken = await manager.getRepository(entity).existsBy({ slug: base } as FindOptionsWhere<T>);
  return taken ? `${base}-${randomBytes(3).toString('hex')}` : base;
}
