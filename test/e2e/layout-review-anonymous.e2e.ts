import { reviewLayoutAs } from './support/layout-walk';

// Every route as an anonymous visitor: see support/layout-walk.ts.
reviewLayoutAs('anonymous');
