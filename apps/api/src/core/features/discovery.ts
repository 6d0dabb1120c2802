import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Features that declare themselves, so adding one edits no registry by hand (`npx nx g @polyphony/tools:feature`):
 * in `apps/api/src/<feature>/`, `<feature>.entities.ts` exporting `ENTITY_GROUP` ({ name, entities }) joins
 * ENTITY_GROUPS (the migration generator's groups), and `<feature>.module.ts` exporting `FEATURE_MODULE`
 * (the module class) joins the app's modules. Found by listing the source folder next to this file's
 * parent: `.ts` under Jest and tsx, `.js` in the build. Features listed by hand are left as they are.
 */
const SOURCE_ROOT = join(__dirname, '..', '..');

function declarations(suffix: string, exportName: string): unknown[] {
  const found: unknown[] = [];
  for (const entry of readdirSync(SOURCE_ROOT, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const extension of ['.js', '.ts']) {
      const file = join(SOURCE_ROOT, entry.name, `${entry.name}${suffix}${extension}`);
      if (!existsSync(file)) continue;
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- discovery loads what the folder holds
      const loaded = require(file) as Record<string, unknown>;
      if (loaded[exportName] !== undefined) found.push(loaded[exportName]);
      break;
    }
  }
  return found;
}

export interface DiscoveredEntityGroup {
  name: string;
  entities: (new (...args: never[]) => object)[];
}

export const discoverEntityGroups = (): DiscoveredEntityGroup[] => declarations('.entities', 'ENTITY_GROUP') as DiscoveredEntityGroup[];

export const discoverFeatureModules = (): (new (...args: never[]) => object)[] =>
  declarations('.module', 'FEATURE_MODULE') as (new (...args: never[]) => object)[];
