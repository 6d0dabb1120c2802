import { reviewLayoutAs } from './support/layout-walk';

// Every route as an official: see support/layout-walk.ts.
reviewLayoutAs('official');
