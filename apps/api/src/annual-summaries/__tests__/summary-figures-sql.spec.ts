import { PEOPLE_SQL, YEAR_COUNTS_SQL } from '../summary-figures.repository';

/** The year's big statements, kept whole because one round trip pays for itself: any change shows in the snapshot diff. */
describe('annual summary SQL', () => {
  it('counts the year’s participants once per category and once per country, in one pass', () => {
    expect(PEOPLE_SQL).toMatchSnapshot();
  });

  it('counts the year’s consultations, interviews, institutions, proposals, rooms and other inputs in one statement', () => {
    expect(YEAR_COUNTS_SQL).toMatchSnapshot();
  });
});
