import {
  ROUTES,
  routePath,
  type AnyApiRoute,
  type FieldIssue,
  type RouteBody,
  type RouteParamNames,
  type RouteParams,
  type RouteQuery,
  type RouteResponse,
} from '@polyphony/contracts';
import i18n, { currentLanguage } from './i18n';

/** An error answered by the API (or a network failure), with the server's localised message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldIssue[] = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | undefined | null>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Query;
}

let csrfToken: Promise<string> | null = null;

/** Forgets the CSRF token: call after login, logout and registration (the session changed). */
export function resetCsrfToken(): void {
  csrfToken = null;
}

function csrf(): Promise<string> {
  if (!csrfToken) {
    csrfToken = request<RouteResponse<typeof ROUTES.auth.csrf>>(routeUrl(ROUTES.auth.csrf), {}, false).then((res) => res.token);
    csrfToken.catch(() => resetCsrfToken());
  }
  return csrfToken;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = await response.json();
    if (body && typeof body === 'object' && body.error && typeof body.error.message === 'string') {
      return new ApiError(response.status, String(body.error.code), body.error.message, body.error.fields ?? [], body.requestId);
    }
  } catch {
    /* not JSON: fall through */
  }
  return new ApiError(response.status, 'unavailable', i18n.t('errors.unavailable'));
}

async function request<T>(path: string, options: RequestOptions, retryOnCsrf: boolean): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-CSRF-Token'] = await csrf();

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'include',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 403 && error.code === 'csrf_invalid' && retryOnCsrf && method !== 'GET') {
      resetCsrfToken();
      return request<T>(path, options, false);
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Calls the API: cookies included, UI language sent, CSRF token on every non-GET (one retry if it expired). */
export function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return request<T>(path, options, true);
}

type HasNone<T> = [T] extends [never] ? true : false;

/** What a call of the route takes: `params` when its path has `:parameters`, its contract's `body` and `query`. */
export type CallOptions<R extends AnyApiRoute> = (HasNone<RouteParamNames<R['path']>> extends true
  ? { params?: undefined }
  : { params: RouteParams<R['path']> }) &
  (HasNone<RouteBody<R>> extends true ? { body?: unknown } : { body: RouteBody<R> }) &
  (HasNone<RouteQuery<R>> extends true ? { query?: Query } : { query?: RouteQuery<R> });

type CallArgs<R extends AnyApiRoute> =
  HasNone<RouteParamNames<R['path']>> extends true
    ? HasNone<RouteBody<R>> extends true
      ? [options?: CallOptions<R>]
      : [options: CallOptions<R>]
    : [options: CallOptions<R>];

/**
 * Calls a route of the contracts' map (`call(ROUTES.organisations.get, { params: { idOrSlug } })`): the path's
 * parameters are filled in and URI-encoded, body and query are the contract's, the answer is the route's type.
 * Same cookies, language, CSRF and errors as `api()`.
 */
export function call<R extends AnyApiRoute>(route: R, ...[options]: CallArgs<R>): Promise<RouteResponse<R>> {
  const { params, body, query } = (options ?? {}) as { params?: Record<string, string | number>; body?: unknown; query?: Query };
  return request<RouteResponse<R>>(`/api${routePath(route.path, params)}`, { method: route.method, body, query }, true);
}

/**
 * The address of a route the browser opens itself (a link, a download, a PDF, an image, a redirect): like `call`,
 * the path's parameters are filled in and URI-encoded and the query is the contract's; empty values are left out.
 */
export function routeUrl<R extends AnyApiRoute>(route: R, ...[options]: CallArgs<R>): string {
  const { params, query } = (options ?? {}) as { params?: Record<string, string | number>; query?: Query };
  return buildUrl(`/api${routePath(route.path, params)}`, query);
}

/** Field errors keyed by path ("email", "displayName"...), for form inputs. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const field of error.fields) if (!out[field.path]) out[field.path] = field.message;
  return out;
}
