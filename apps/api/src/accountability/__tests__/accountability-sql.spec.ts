import { MEASUREMENTS_BY_INDICATOR_SQL } from '../accountability.repository';

/** Measurements shaped by PostgreSQL in one statement: any change shows in the snapshot diff. */
describe('accountability SQL', () => {
  it('groups every measurement of a plan per indicator, in date order', () => {
    expect(MEASUREMENTS_BY_INDICATOR_SQL).toMatchSnapshot();
  });
});
