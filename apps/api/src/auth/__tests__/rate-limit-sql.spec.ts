import { TAKE_HIT_SQL } from '../rate-limit.repository';

/** The rate limiter's one statement, as a reviewer should see any change to it (update with `-u` on purpose). */
describe('rate limit SQL', () => {
  it('counts the window and records the hit only under the limit, in one statement', () => {
    expect(TAKE_HIT_SQL).toMatchSnapshot();
  });
});
