// One Jest run for every project: `npm test` (and `--selectProjects <name>` for one).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const moduleNameMapper = {
  '^@polyphony/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
  '^@polyphony/i18n$': '<rootDir>/../../libs/i18n/src/index.ts',
  '^@polyphony/synthesis$': '<rootDir>/../../libs/synthesis/src/index.ts',
  '^@polyphony/translation$': '<rootDir>/../../libs/translation/src/index.ts',
};

const project = (name, root, extra = {}) => ({
  displayName: name,
  rootDir: root,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper,
  ...extra,
});

module.exports = {
  projects: [
    project('contracts', 'libs/contracts', { testMatch: ['<rootDir>/src/**/*.spec.ts'] }),
    project('i18n', 'libs/i18n', { testMatch: ['<rootDir>/src/**/*.spec.ts'] }),
    project('synthesis', 'libs/synthesis', { testMatch: ['<rootDir>/src/**/*.spec.ts'] }),
    project('translation', 'libs/translation', {
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
    }),
    project('tools', 'tools', { testMatch: ['<rootDir>/**/*.spec.ts'] }),
    project('api', 'apps/api', {
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test-support/global-setup.ts',
      globalTeardown: '<rootDir>/test-support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test-support/timeout.ts'],
      // openid-client and its dependencies are ES modules only: compiled like our code.
      transformIgnorePatterns: ['/node_modules/(?!(openid-client|oauth4webapi|jose)/)'],
    }),
    project('e2e', 'test', {
      rootDir: 'test',
      testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
      moduleNameMapper: {
        '^@polyphony/contracts$': '<rootDir>/../libs/contracts/src/index.ts',
        '^@polyphony/i18n$': '<rootDir>/../libs/i18n/src/index.ts',
      },
      globalSetup: '<rootDir>/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/e2e/support/timeout.ts'],
    }),
  ],
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
