import { RECOUNT_SQL } from '../statements.repository';
import { FILTERED_BREAKDOWNS_SQL } from '../synthesis-themes.repository';
import { CONSULTATION_SCOPE_SQL, ROOM_SCOPE_SQL } from '../synthesis.repository';

/** The synthesis's big statements, as a reviewer should see any change to them (update with `-u` on purpose). */
describe('synthesis SQL', () => {
  it('reads a consultation’s contributions, facilitators’ prompts left out', () => {
    expect(CONSULTATION_SCOPE_SQL).toMatchSnapshot();
  });

  it('reads a room’s messages, facilitators’ prompts left out', () => {
    expect(ROOM_SCOPE_SQL).toMatchSnapshot();
  });

  it('counts every theme’s filtered breakdowns in one grouped statement', () => {
    expect(FILTERED_BREAKDOWNS_SQL).toMatchSnapshot();
  });

  it('recounts imported statements from their votes', () => {
    expect(RECOUNT_SQL).toMatchSnapshot();
  });
});
