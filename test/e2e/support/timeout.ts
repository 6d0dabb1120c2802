// Browsers are slow on a shared 2-core machine; Jest's testTimeout is a root-only option.
jest.setTimeout(90_000);
