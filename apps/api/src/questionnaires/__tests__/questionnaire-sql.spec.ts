import { RECOUNT_TALLIES_SQL } from '../questionnaire-results.repository';
import { CONTEXT_SQL } from '../questionnaires.repository';

/** The questionnaire's big statements, kept whole because one round trip pays for itself: any change shows in the snapshot diff. */
describe('questionnaire SQL', () => {
  it('reads what every request needs about the consultation in one query, by id or by slug', () => {
    expect(CONTEXT_SQL('id')).toMatchSnapshot();
    expect(CONTEXT_SQL('slug')).toMatchSnapshot();
  });

  it('rebuilds the counters from the submitted answers in one statement', () => {
    expect(RECOUNT_TALLIES_SQL).toMatchSnapshot();
  });
});
