import { RequestMapping, RequestMethod } from '@nestjs/common';
import type { AnyApiRoute } from '@polyphony/contracts';

/**
 * `@Route(ROUTES.organisations.get)`: maps the handler to the method and path of a route of the contracts'
 * map (the same entry the web client calls), like `@Get(path)` would; Swagger reads it as usual.
 */
export function Route(route: Pick<AnyApiRoute, 'method' | 'path'>): MethodDecorator {
  return RequestMapping({ path: route.path, method: RequestMethod[route.method] });
}
