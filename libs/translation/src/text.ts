/**
 * Translates the text between its leading and trailing white space and puts that white space back (engines
 * trim it); an empty or blank text is returned as it is without calling the engine.
 */
export async function mapPreservingEdges(text: string, translate: (core: string) => Promise<string>): Promise<string> {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  if (!match[2]) return text;
  const out = await translate(match[2]);
  return match[1] + out.trim() + match[3];
}

/** Runs `task` over `items` with at most `limit` in flight, keeping the order of results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
