import { INCLUSIONS_SQL, ORIGIN_SQL } from '../fates/plan-fates.repository';
import { CANDIDATES_SQL, QUOTE_COLUMNS } from '../suggestions/plan-suggestions.repository';

/** The plan's big statements, kept whole because one round trip pays for itself: any change shows in the snapshot diff. */
describe('plan SQL', () => {
  it('follows contributions into the plan sections and the first version that carried them', () => {
    expect(INCLUSIONS_SQL).toMatchSnapshot();
  });

  it('finds where each kind of contribution was said, one statement per source kind', () => {
    expect(ORIGIN_SQL).toMatchSnapshot();
  });

  it('lists what can become a suggestion, and quotes without naming a person', () => {
    expect(CANDIDATES_SQL).toMatchSnapshot();
    expect(QUOTE_COLUMNS).toMatchSnapshot();
  });
});
