// Type shims for packages whose typings TypeScript's node10 resolution cannot reach.
declare module 'stopwords-iso' {
  const lists: Record<string, string[]>;
  export = lists;
}
