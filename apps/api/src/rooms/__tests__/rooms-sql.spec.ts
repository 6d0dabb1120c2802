import { ARRIVAL_SQL, LIVE_ACCESS_SQL } from '../rooms.repository';

/** The live room's two one-round-trip reads, as a reviewer should see any change to them (update with `-u` on purpose). */
describe('rooms SQL', () => {
  it('reads what a live room’s access is decided on', () => {
    expect(LIVE_ACCESS_SQL).toMatchSnapshot();
  });

  it('reads a newcomer’s revision, hands and mutes', () => {
    expect(ARRIVAL_SQL).toMatchSnapshot();
  });
});
