import { ROUTES } from '../../api-routes';
import { route, routePath } from '../routes';

describe('route map', () => {
  it('fills a path with its parameters, each URI-encoded', () => {
    expect(routePath(ROUTES.plan.updateSection.path, { id: 'a b', sectionId: 7 })).toBe('/plans/a%20b/sections/7');
    expect(routePath(ROUTES.organisations.get.path, { idOrSlug: 'x/../y?z' })).toBe('/organisations/x%2F..%2Fy%3Fz');
    expect(routePath(ROUTES.organisations.list.path)).toBe('/organisations');
  });

  it('keeps the method, the path and the schemas of an entry; the response type is the compiler’s only', () => {
    const entry = route('POST', '/things/:id').returns<{ ok: boolean }>();
    expect(entry).toMatchObject({ method: 'POST', path: '/things/:id', schemas: {} });
    expect(ROUTES.organisations.create.schemas.body.safeParse({}).success).toBe(false);
  });
});
