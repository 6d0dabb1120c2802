import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTree } from '@nx/devkit/testing';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the generator is plain CommonJS (Nx loads it as is)
const featureGenerator = require('./generator') as (tree: ReturnType<typeof createTree>, options: object) => Promise<() => void>;

const ROOT = join(__dirname, '..', '..');
const REGISTRIES = ['libs/contracts/src/index.ts', 'libs/contracts/src/api-routes.ts', 'apps/web/src/app/routes.ts'];

/** A tree holding the real registries the generator edits. */
function workspace() {
  const tree = createTree();
  for (const file of REGISTRIES) tree.write(file, readFileSync(join(ROOT, file), 'utf-8'));
  return tree;
}

describe('the feature generator (npx nx g @polyphony/tools:feature)', () => {
  it('writes a feature in the house shape and registers what discovery cannot find', async () => {
    const tree = workspace();
    await featureGenerator(tree, { name: 'study-visits', timestamp: 1800000000000 });
    const api = 'apps/api/src/study-visits';
    for (const job of ['entities', 'repository', 'mapper', 'policy', 'service', 'controller', 'module'])
      expect(tree.exists(`${api}/study-visits.${job}.ts`)).toBe(true);
    expect(tree.exists(`${api}/__tests__/study-visits.int-spec.ts`)).toBe(true);
    expect(tree.read(`${api}/study-visits.module.ts`, 'utf-8')).toContain('export const FEATURE_MODULE = StudyVisitsModule;');
    expect(tree.read(`${api}/study-visits.entities.ts`, 'utf-8')).toContain("ENTITY_GROUP = { name: 'study-visits'");
    expect(tree.read('apps/api/src/database/migrations/1800000000000-StudyVisits.ts', 'utf-8')).toContain('CREATE TABLE "study_visits"');
    expect(tree.read('libs/contracts/src/study-visits/study-visits.contracts.ts', 'utf-8')).toContain('createStudyVisitsItemRequestSchema');
    for (const lang of ['fr', 'es', 'ca', 'en'])
      expect(Object.keys(JSON.parse(tree.read(`libs/i18n/src/locales/${lang}/studyVisits.json`, 'utf-8')!))).toEqual(['title', 'empty']);
    expect(tree.exists('apps/web/src/features/study-visits/StudyVisitsPage.tsx')).toBe(true);
    expect(tree.exists('apps/web/src/features/study-visits/useStudyVisits.ts')).toBe(true);

    expect(tree.read('libs/contracts/src/index.ts', 'utf-8')).toMatch(
      /export \* from '\.\/study-visits\/study-visits\.contracts';\nexport \* from '\.\/study-visits\/study-visits\.routes';\n$/,
    );
    // The route map the controller's @Route and the web hook's call() read.
    const map = tree.read('libs/contracts/src/api-routes.ts', 'utf-8')!;
    expect(map).toContain("import { STUDY_VISITS_ROUTES } from './study-visits/study-visits.routes';");
    expect(map).toMatch(/ {2}studyVisits: STUDY_VISITS_ROUTES,\n\} as const;/);
    expect(tree.read('libs/contracts/src/study-visits/study-visits.routes.ts', 'utf-8')).toContain("list: route('GET', '/study-visits')");
    expect(tree.read(`${api}/study-visits.controller.ts`, 'utf-8')).toContain('@Route(STUDY_VISITS_ROUTES.create)');
    const routes = tree.read('apps/web/src/app/routes.ts', 'utf-8')!;
    expect(routes).toContain("StudyVisitsPage: once(() => import('../features/study-visits/StudyVisitsPage')),");
    // Before the catch-all route, which must stay last.
    expect(routes.indexOf("['study-visits', 'StudyVisitsPage', 'StudyVisitsPage']")).toBeLessThan(routes.indexOf("['*', 'NotFoundPage'"));
    expect(routes.indexOf("['study-visits'")).toBeGreaterThan(0);
  });

  it('refuses a name that is not kebab case, and a feature that exists', async () => {
    await expect(featureGenerator(workspace(), { name: 'StudyVisits' })).rejects.toThrow('kebab-case');
    const tree = workspace();
    tree.write('apps/api/src/rooms/rooms.module.ts', '');
    await expect(featureGenerator(tree, { name: 'rooms' })).rejects.toThrow('exists already');
  });
});
