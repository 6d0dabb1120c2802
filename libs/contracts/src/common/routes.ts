import type { z } from 'zod';

/**
 * One route of the API: its method and path (under the `/api` prefix, Nest's `:name` parameters),
 * the zod schemas of its body and query where it has them, and its response type (phantom: only the
 * compiler sees it). Controllers take the method and path from here (`@Route(ROUTES.x.y)`), the web
 * client calls it (`call(ROUTES.x.y, { params, query, body })`): a URL and its response type cannot drift.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSchemas {
  body?: z.ZodType;
  query?: z.ZodType;
}

export class ApiRoute<M extends HttpMethod, P extends string, S extends RouteSchemas, Res> {
  /** The response type, for the compiler only (no value is ever stored). */
  declare readonly response?: Res;

  constructor(
    readonly method: M,
    readonly path: P,
    readonly schemas: S,
  ) {}

  /** The route answering `T` (the JSON body, or void for 204). */
  returns<T>(): ApiRoute<M, P, S, T> {
    return this as unknown as ApiRoute<M, P, S, T>;
  }
}

export type AnyApiRoute = ApiRoute<HttpMethod, string, RouteSchemas, any>;

/**
 * The answers that are not JSON, for `.returns<...>()`: the browser goes to the route's URL (a link, a
 * download, an image), the web client never `call()`s it. `File` is a body of that content type
 * (PDF, CSV, a workbook, an image...), `Redirect` a 303 to somewhere else.
 */
export interface FileResponse<ContentType extends string = string> {
  readonly nonJson: 'file';
  readonly contentType: ContentType;
}
export interface RedirectResponse {
  readonly nonJson: 'redirect';
}
export type NonJsonResponse = FileResponse | RedirectResponse;

/** `route('GET', '/organisations/:idOrSlug').returns<Organisation>()`; `{ body, query }` are the contract's schemas. */
export function route<M extends HttpMethod, P extends string, S extends RouteSchemas = Record<never, never>>(
  method: M,
  path: P,
  schemas?: S,
): ApiRoute<M, P, S, unknown> {
  return new ApiRoute(method, path, (schemas ?? {}) as S);
}

/** The names of a path's `:parameters`: `'/plans/:id/sections/:sectionId'` → `'id' | 'sectionId'`. */
export type RouteParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | RouteParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type RouteParams<P extends string> = { [K in RouteParamNames<P>]: string | number };

export type RouteResponse<R> = R extends ApiRoute<HttpMethod, string, RouteSchemas, infer Res> ? Res : never;
export type RouteBody<R> =
  R extends ApiRoute<HttpMethod, string, infer S, unknown> ? (S extends { body: z.ZodType } ? z.input<S['body']> : never) : never;
export type RouteQuery<R> =
  R extends ApiRoute<HttpMethod, string, infer S, unknown> ? (S extends { query: z.ZodType } ? z.input<S['query']> : never) : never;

/** The path with its parameters filled in, each one URI-encoded: `/organisations/:id` + `{ id }` → `/organisations/…`. */
export function routePath(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => encodeURIComponent(String(params[name])));
}
