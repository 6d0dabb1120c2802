// `npx nx g @polyphony/tools:feature <name>`: a feature in the house shape (docs/CONTRIBUTING.md, "Feature shape").
// Writes the API folder (entity, entities group, repository, mapper, policy, service, controller, module,
// an integration test), its migration, its contracts, its catalogs in fr, es, ca and en and its web folder
// (page and hooks). The API discovers the module and the entity group (core/features/discovery.ts) and the
// i18n catalogs are found by their folder; the generator edits only the contracts index, the route map (api-routes.ts) and the web routes.
const { formatFiles, generateFiles, joinPathFragments, names } = require('@nx/devkit');

/** The catalog of a new feature's web namespace, per language. */
const CATALOGS = {
  fr: (title) => ({ title, empty: 'Rien pour l’instant.' }),
  es: (title) => ({ title, empty: 'Nada por ahora.' }),
  ca: (title) => ({ title, empty: 'Res per ara.' }),
  en: (title) => ({ title, empty: 'Nothing yet.' }),
};

/** Inserts `line` before the first line of `text` matching `before` (an anchor the file keeps). */
function insertBefore(text, before, line, file) {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => before.test(l));
  if (at < 0) throw new Error(`${file}: anchor ${before} not found`);
  lines.splice(at, 0, line);
  return lines.join('\n');
}

function register(tree, path, edit) {
  const before = tree.read(path, 'utf-8');
  tree.write(path, edit(before, path));
}

async function featureGenerator(tree, options) {
  const name = options.name;
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) throw new Error(`"${name}": a kebab-case name, like field-notes`);
  if (tree.exists(`apps/api/src/${name}`)) throw new Error(`apps/api/src/${name} exists already`);
  const n = names(name);
  const vars = {
    name,
    pascal: n.className,
    camel: n.propertyName,
    constant: n.constantName,
    table: name.replace(/-/g, '_'),
    timestamp: options.timestamp ?? Date.now(),
    tmpl: '',
  };
  const files = joinPathFragments(__dirname, 'files');
  generateFiles(tree, joinPathFragments(files, 'api'), 'apps/api/src', vars);
  generateFiles(tree, joinPathFragments(files, 'contracts'), 'libs/contracts/src', vars);
  generateFiles(tree, joinPathFragments(files, 'web'), 'apps/web/src/features', vars);
  const title = name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  for (const [lang, catalog] of Object.entries(CATALOGS))
    tree.write(`libs/i18n/src/locales/${lang}/${vars.camel}.json`, `${JSON.stringify(catalog(title), null, 2)}\n`);

  register(
    tree,
    'libs/contracts/src/index.ts',
    (text) => `${text.trimEnd()}\nexport * from './${name}/${name}.contracts';\nexport * from './${name}/${name}.routes';\n`,
  );
  register(tree, 'libs/contracts/src/api-routes.ts', (text, file) => {
    const entry = `  ${vars.camel}: ${vars.constant}_ROUTES,`;
    const withImport = insertBefore(
      text,
      /^export const ROUTES = \{/,
      `import { ${vars.constant}_ROUTES } from './${name}/${name}.routes';\n`,
      file,
    );
    return insertBefore(withImport, /^\} as const;/, entry, file);
  });
  register(tree, 'apps/web/src/app/routes.ts', (text, file) => {
    const page = `${vars.pascal}Page`;
    const withModule = insertBefore(
      text,
      /^ {2}NotFoundPage: once\(/,
      `  ${page}: once(() => import('../features/${name}/${page}')),`,
      file,
    );
    return insertBefore(withModule, /^ {2}\['\*', 'NotFoundPage'/, `  ['${name}', '${page}', '${page}'],`, file);
  });
  await formatFiles(tree);
  return () => {
    console.log(`\n${name}: run its test with`);
    console.log(`  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx jest apps/api/src/${name} --selectProjects api`);
    console.log(`Then replace the placeholder item with the feature's own data (entity, migration, contracts, catalogs).`);
  };
}

module.exports = featureGenerator;
module.exports.default = featureGenerator;
