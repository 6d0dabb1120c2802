import { describe, expect, it } from 'vitest';
import { sectionContentSchema, type Plan, type PlanSection } from '@polyphony/contracts';
import { languagesLocked, statusAfterSave, takesTheirSave, withSection, type AutosaveStatus } from '../usePlanSectionAutosave';

const SECTION = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';

const section = (id: string, revision: number, title: string): PlanSection => ({
  id,
  kind: 'action',
  parentId: null,
  position: 0,
  code: '1.1',
  revision,
  content: sectionContentSchema.parse({ title: { fr: title } }),
  html: {},
  sources: { total: 0, byCategory: {}, bySource: {}, byParagraph: {} },
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: null,
});

const plan = (showing: Plan['showing'], sections: PlanSection[]) =>
  ({ id: 'p', slug: 'plan', showing, sections, revision: 1 }) as unknown as Plan;

const ALL: AutosaveStatus[] = ['idle', 'dirty', 'saving', 'saved', 'conflict', 'error'];

describe('the section autosave: what the page keeps, and when the form takes a colleague’s save', () => {
  it('replaces the saved section in the draft copy of the plan, and only there', () => {
    const before = plan('draft', [section(SECTION, 3, 'Avant'), section(OTHER, 7, 'Autre')]);
    const saved = section(SECTION, 4, 'Après');
    const after = withSection(before, saved)!;
    expect(after.sections.map((s) => [s.id, s.revision])).toEqual([
      [SECTION, 4],
      [OTHER, 7],
    ]);
    expect(after.sections[1]).toBe(before.sections[1]);
    expect(before.sections[0].revision).toBe(3);
    // A published version shown, a list or nothing cached: left as they are.
    const version = plan(2, [section(SECTION, 3, 'Avant')]);
    expect(withSection(version, saved)).toBe(version);
    expect(withSection(undefined, saved)).toBeUndefined();
    const list = [{ id: 'p' }] as unknown as Plan;
    expect(withSection(list, saved)).toBe(list);
  });

  it('says "saved" only when the form has not changed while the save was on its way', () => {
    const sent = sectionContentSchema.parse({ title: { fr: 'Envoyé' } });
    expect(statusAfterSave(sent, sent)).toBe('saved');
    expect(statusAfterSave({ ...sent, title: { fr: 'Envoyé, puis retouché' } }, sent)).toBe('dirty');
  });

  it('takes a newer save of its own section only when the form has nothing of its own to send', () => {
    const notice = { sectionId: SECTION, revision: 5, by: 'Ana' };
    expect(ALL.filter((status) => takesTheirSave(notice, SECTION, 4, status))).toEqual(['idle', 'saved']);
    // Not another section's save, not the form's own revision or an older one, not without a notice.
    for (const status of ALL) {
      expect(takesTheirSave({ ...notice, sectionId: OTHER }, SECTION, 4, status)).toBe(false);
      expect(takesTheirSave(notice, SECTION, 5, status)).toBe(false);
      expect(takesTheirSave(notice, SECTION, 6, status)).toBe(false);
      expect(takesTheirSave(null, SECTION, 4, status)).toBe(false);
    }
  });

  it('locks filling and approving languages while the form’s own text is unsent or in conflict', () => {
    expect(ALL.filter(languagesLocked)).toEqual(['dirty', 'saving', 'conflict']);
  });
});
