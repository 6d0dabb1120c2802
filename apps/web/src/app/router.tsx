import { lazy, type ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './AppLayout';
import { RouteError } from './RouteError';
import { pageModules, routeTable } from './routes';

/** One lazy component per exported page, sharing the memoised loaders (the preloaded module is reused). */
const pages = new Map<string, ComponentType>();
function page(module: keyof typeof pageModules, name: string): ComponentType {
  const key = `${module}.${name}`;
  if (!pages.has(key)) {
    pages.set(
      key,
      lazy(() => pageModules[module]().then((loaded) => ({ default: (loaded as unknown as Record<string, ComponentType>)[name] }))),
    );
  }
  return pages.get(key)!;
}

const children: RouteObject[] = routeTable.map(([path, module, name]) => {
  const Page = page(module, name);
  return path === '' ? { index: true, element: <Page /> } : { path, element: <Page /> };
});

export const router = createBrowserRouter([{ element: <AppLayout />, errorElement: <RouteError />, children }]);
