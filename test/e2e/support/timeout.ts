// Browsers are slow on a shared 2-core machine, slower still when CI shares it (a journey took over 90 s at
// load 20); Jest's testTimeout is a root-only option.
jest.setTimeout(180_000);
