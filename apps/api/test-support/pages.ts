import type { ApiClient } from './api-client';

/** A keyset list read to its end: each page's item ids, in order, and the cursor each page answered. */
export interface ListPages {
  pages: string[][];
  cursors: (string | null)[];
  /** Every id of every page, in the order the pages gave them. */
  ids: string[];
}

/**
 * Reads `url` (with its `limit` and filters) page after page, following `nextCursor` until it is null,
 * so that a test can assert each page's size: a boundary off by one shows as a page too many, too few or
 * too long, an item twice or a cursor left on the last page.
 */
export async function readAllPages(client: ApiClient, url: string, maxPages = 20): Promise<ListPages> {
  const pages: string[][] = [];
  const cursors: (string | null)[] = [];
  let cursor: string | null = null;
  do {
    const res = await client.get(cursor ? `${url}&cursor=${cursor}` : url).expect(200);
    const body = res.body as { items: { id: string }[]; nextCursor: string | null };
    pages.push(body.items.map((item) => item.id));
    cursor = body.nextCursor;
    cursors.push(cursor);
  } while (cursor && pages.length < maxPages);
  return { pages, cursors, ids: pages.flat() };
}
