import { DataSource } from 'typeorm';
import { keysetPage } from '../keyset-page';

/** The SQL keysetPage adds, read from a builder over a DataSource that never connects. */
describe('keysetPage', () => {
  const db = new DataSource({ type: 'postgres' });
  const id = '0b9f6a3e-5c1d-4e2f-8a7b-9c0d1e2f3a4b';
  const base = () => db.createQueryBuilder().select('n.title').from('notifications', 'n').where('n.user_id = :id', { id: 'u' });

  it('newest first after a cursor: row comparison with <, both columns DESC, limit + 1', () => {
    const qb = keysetPage(base(), {
      alias: 'n',
      column: 'created_at',
      after: ['2026-01-02T00:00:00.000Z', id],
      limit: 20,
      direction: 'DESC',
    });
    expect(qb.getQueryAndParameters()).toEqual([
      'SELECT n.title FROM "notifications" "n" WHERE n.user_id = $1 AND (n.created_at, n.id) < ($2, $3) ' +
        'ORDER BY n.created_at DESC, n.id DESC LIMIT 21',
      ['u', '2026-01-02T00:00:00.000Z', id],
    ]);
  });

  it('oldest first after a cursor: row comparison with >, both columns ASC', () => {
    const qb = keysetPage(base(), { alias: 'n', column: 'name', after: ['Zeta', id], limit: 5, direction: 'ASC' });
    expect(qb.getQueryAndParameters()).toEqual([
      'SELECT n.title FROM "notifications" "n" WHERE n.user_id = $1 AND (n.name, n.id) > ($2, $3) ORDER BY n.name ASC, n.id ASC LIMIT 6',
      ['u', 'Zeta', id],
    ]);
  });

  it('the first page adds no condition, only the order and limit + 1', () => {
    expect(
      keysetPage(base(), { alias: 'n', column: 'created_at', after: undefined, limit: 20, direction: 'DESC' }).getQueryAndParameters(),
    ).toEqual(['SELECT n.title FROM "notifications" "n" WHERE n.user_id = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT 21', ['u']]);
    expect(
      keysetPage(base(), { alias: 'n', column: 'created_at', after: undefined, limit: 1, direction: 'ASC' }).getQueryAndParameters(),
    ).toEqual(['SELECT n.title FROM "notifications" "n" WHERE n.user_id = $1 ORDER BY n.created_at ASC, n.id ASC LIMIT 2', ['u']]);
  });

  it('names its parameters so that a query’s own :at, :id stay its own', () => {
    const qb = base().andWhere('n.created_at > :at', { at: '2020-01-01' });
    keysetPage(qb, { alias: 'n', column: 'created_at', after: ['2026-01-02', id], limit: 10, direction: 'DESC' });
    expect(qb.getParameters()).toEqual({ id: 'u', at: '2020-01-01', keysetValue: '2026-01-02', keysetId: id });
  });
});
