import { BUMP_PARTICIPANT_SQL, REBUILD_PARTICIPANTS_SQL } from '../contributions.repository';

/** The balance aggregate's statements, as a reviewer should see any change to them (update with `-u` on purpose). */
describe('contributions SQL', () => {
  it('adds a participant’s inputs to the balance aggregate', () => {
    expect(BUMP_PARTICIPANT_SQL).toMatchSnapshot();
  });

  it('rebuilds a consultation’s balance aggregate from its inputs', () => {
    expect(REBUILD_PARTICIPANTS_SQL).toMatchSnapshot();
  });
});
