import { safeNextPathSchema } from '../auth.contracts';

// The login and register pages and single sign-on all return through this one rule.
describe('where sign-in returns to', () => {
  const next = (value: string | null | undefined) => safeNextPathSchema.parse(value ?? undefined);

  it('follows a path of this site, with its query', () => {
    expect(next('/consultations/new')).toBe('/consultations/new');
    expect(next('/rooms/abc?tab=live')).toBe('/rooms/abc?tab=live');
  });

  it('drops another origin for the home page', () => {
    for (const evil of ['//evil.example', '/\\evil.example', 'https://evil.example', 'evil.example', 'javascript:alert(1)'])
      expect(next(evil)).toBe('/');
  });

  it('reads a missing next as the home page', () => {
    expect(next(null)).toBe('/');
    expect(next(undefined)).toBe('/');
    expect(next('')).toBe('/');
  });

  it('cuts a very long path', () => {
    expect(next(`/${'a'.repeat(2000)}`)).toHaveLength(500);
  });
});
