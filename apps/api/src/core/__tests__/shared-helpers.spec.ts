import { ERROR_CODES, ERROR_STATUS, ROLES } from '@polyphony/contracts';
import { isStaff } from '../auth/staff';
import { AppError } from '../errors/app-error';
import { isUuid, UuidParam } from '../http/params';
import { slugify } from '../text/slug';

describe('shared API helpers', () => {
  const id = '0b9f6a3e-5c1d-4e2f-8a7b-9c0d1e2f3a4b';

  it('UuidParam passes a uuid (any case) through and answers 404 for anything else', () => {
    expect(UuidParam.transform(id)).toBe(id);
    expect(UuidParam.transform(id.toUpperCase())).toBe(id.toUpperCase());
    for (const bad of ['', 'abc', `${id}x`, id.slice(1), `${id.slice(0, 35)}g`, `'; DROP TABLE users; --`]) {
      expect(() => UuidParam.transform(bad)).toThrow(expect.objectContaining({ code: 'not_found', status: 404 }));
    }
  });

  it('isUuid reads only texts shaped as a uuid', () => {
    expect([isUuid(id), isUuid('plan-2026'), isUuid(42), isUuid(undefined), isUuid(null)]).toEqual([true, false, false, false, false]);
  });

  it('isStaff: admins and officials, nobody else, nobody signed out', () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, isStaff({ role })]))).toEqual({ admin: true, official: true, participant: false });
    expect([isStaff(undefined), isStaff(null)]).toEqual([false, false]);
  });

  it('slugify drops accents and punctuation and never answers an empty slug', () => {
    expect(slugify('Associació Veïnal  de Gràcia!', 'organisation')).toBe('associacio-veinal-de-gracia');
    expect(slugify('¿?', 'organisation')).toBe('organisation');
    expect(slugify('東京都', 'territory')).toBe('territory');
    expect(slugify('a'.repeat(200), 'x')).toHaveLength(80);
    // Cut at the limit, never ending on a separator; taxonomy keys take underscores.
    expect(slugify('ab '.repeat(40), 'x', { maxLength: 9 })).toBe('ab-ab-ab');
    expect(slugify('Fons europeus i internacionals', 'entry', { separator: '_', maxLength: 32 })).toBe('fons_europeus_i_internacionals');
  });

  it('AppError takes its status from ERROR_STATUS; every code has one, and only a stated override differs', () => {
    for (const code of ERROR_CODES) expect([code, new AppError(code).status]).toEqual([code, ERROR_STATUS[code]]);
    expect(ERROR_CODES.every((code) => Number.isInteger(ERROR_STATUS[code]) && ERROR_STATUS[code] >= 400)).toBe(true);
    expect(new AppError('invitations.unusable', { status: 409 }).status).toBe(409);
    expect(AppError.rateLimited(3)).toMatchObject({ code: 'rate_limited', status: 429, params: { seconds: 3 } });
    expect(AppError.conflict('taxonomy.key_taken')).toMatchObject({ status: 409, fields: [] });
  });
});
