// Type shims for packages whose typings TypeScript's node10 resolution cannot reach.
declare module 'stopwords-iso' {
  const lists: Record<string, string[]>;
  export = lists;
}

declare module 'csv-parse/sync' {
  export function parse(
    input: string,
    options?: { columns?: boolean; skip_empty_lines?: boolean; relax_column_count?: boolean; bom?: boolean; trim?: boolean },
  ): Record<string, string>[];
}
