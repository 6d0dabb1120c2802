import { TAKE_PLACE_SQL } from '../realtime/socket-leases.repository';

/** The socket places' one statement, as a reviewer should see any change to it (update with `-u` on purpose). */
describe('socket leases SQL', () => {
  it('takes a place only while the person holds fewer than their limit, in one statement', () => {
    expect(TAKE_PLACE_SQL).toMatchSnapshot();
  });
});
