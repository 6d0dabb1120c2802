import { OVERALL_SQL, PER_CONSULTATION_SQL } from '../dashboard.repository';

/** The balance's one statement per dashboard (GROUPING SETS): any change shows in the snapshot diff. */
describe('dashboard SQL', () => {
  it('answers every panel of a consultation in one scan', () => {
    expect(PER_CONSULTATION_SQL).toMatchSnapshot();
  });

  it('answers every panel across consultations in one scan, each participant once', () => {
    expect(OVERALL_SQL).toMatchSnapshot();
  });
});
