import { EnvError, loadEnv } from '../config/env';

describe('environment validation', () => {
  it('applies documented defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: '.data', DEMO_DATA: true, NODE_ENV: 'production', SESSION_TTL_DAYS: 30 });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('names every wrong variable and its value', () => {
    let error: unknown;
    try {
      loadEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', ADMIN_PASSWORD: 'short', DEMO_DATA: 'perhaps' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    for (const name of ['PORT="eighty"', 'DATABASE_URL="mysql://x"', 'ADMIN_PASSWORD="short"', 'DEMO_DATA="perhaps"'])
      expect(message).toContain(name);
    expect(message).toContain('.env.example');
  });

  it('treats empty variables as unset', () => {
    expect(loadEnv({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });
});
