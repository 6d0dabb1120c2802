import { reviewLayoutAs } from './support/layout-walk';

// Every route as a participant: see support/layout-walk.ts.
reviewLayoutAs('participant');
