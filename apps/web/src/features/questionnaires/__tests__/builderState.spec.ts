import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, saveQuestionnaireRequestSchema, type Questionnaire } from '@polyphony/contracts';
import { fromQuestionnaire, move, newQuestion, newSection, retype, toPreview, toRequest } from '../builderState';

const saved: Questionnaire = {
  id: '0b6f7c1e-5a2b-4c3d-8e9f-0a1b2c3d4e5f',
  consultationId: '1b6f7c1e-5a2b-4c3d-8e9f-0a1b2c3d4e5f',
  languages: ['fr', 'es'],
  version: 3,
  open: true,
  respondents: 2,
  updatedAt: '2026-01-01T00:00:00.000Z',
  can: { edit: true, answer: true, seeResults: true },
  sections: [
    {
      id: '2b6f7c1e-5a2b-4c3d-8e9f-0a1b2c3d4e5f',
      title: { fr: 'Vous', es: 'Usted' },
      description: {},
      questions: [
        {
          id: '3b6f7c1e-5a2b-4c3d-8e9f-0a1b2c3d4e5f',
          type: 'multiple_choice',
          prompt: { fr: 'Vos liens ?' },
          help: {},
          required: true,
          options: [
            { key: 'family', label: { fr: 'Famille' } },
            { key: 'work', label: { fr: 'Travail' } },
            { key: 'study', label: { fr: 'Études' } },
          ],
          maxChoices: 2,
          scale: null,
          answered: 5,
        },
      ],
    },
  ],
};

describe('questionnaire builder state', () => {
  it('starts a new questionnaire with one section holding one single-choice question of two empty options', () => {
    const [section, ...others] = fromQuestionnaire(null);
    expect(others).toEqual([]);
    expect(section.questions.map((q) => ({ type: q.type, options: q.options.length }))).toEqual([{ type: 'single_choice', options: 2 }]);
    expect(section.id).toBeUndefined();
  });

  it('gives choice questions two options with distinct keys, a scale question 1 to 5, others neither', () => {
    for (const type of QUESTION_TYPES) {
      const q = newQuestion(type);
      const choice = type === 'single_choice' || type === 'multiple_choice' || type === 'ranking';
      expect({ type, options: q.options.length, scale: q.scale && [q.scale.min, q.scale.max] }).toEqual({
        type,
        options: choice ? 2 : 0,
        scale: type === 'scale' ? [1, 5] : null,
      });
      if (choice) expect(q.options[0].key).not.toBe(q.options[1].key);
    }
    expect(newSection().uid).not.toBe(newSection().uid);
  });

  it('keeps texts and options when a choice question changes to another choice type, drops them for a text type', () => {
    const [section] = fromQuestionnaire(saved);
    const q = section.questions[0];
    const ranking = retype(q, 'ranking');
    expect({ prompt: ranking.prompt, options: ranking.options.map((o) => o.key), maxChoices: ranking.maxChoices }).toEqual({
      prompt: { fr: 'Vos liens ?' },
      options: ['family', 'work', 'study'],
      maxChoices: null,
    });
    expect(retype(q, 'multiple_choice').maxChoices).toBe(2);
    const text = retype(q, 'long_text');
    expect({ options: text.options, scale: text.scale, prompt: text.prompt }).toEqual({
      options: [],
      scale: null,
      prompt: { fr: 'Vos liens ?' },
    });
    const scale = retype(text, 'scale');
    expect(scale.scale).toEqual({ min: 1, max: 5, minLabel: {}, maxLabel: {} });
    expect(retype(scale, 'single_choice').options).toHaveLength(2);
  });

  it('copies a saved questionnaire: ids kept, options not shared with the original', () => {
    const [section] = fromQuestionnaire(saved);
    expect(section.id).toBe(saved.sections[0].id);
    expect(section.questions[0].id).toBe(saved.sections[0].questions[0].id);
    section.questions[0].options[0].label = { fr: 'Changé' };
    expect(saved.sections[0].questions[0].options[0].label).toEqual({ fr: 'Famille' });
  });

  it('turns the state into a request the server accepts, without empty texts and keeping existing ids', () => {
    const sections = fromQuestionnaire(saved);
    sections[0].questions[0].help = { fr: '  ', es: 'Ayuda' };
    const added = newQuestion('scale');
    added.prompt = { fr: 'Note' };
    added.scale = { min: 0, max: 10, minLabel: { fr: 'Pas du tout', es: '' }, maxLabel: {} };
    sections[0].questions.push(added);
    const request = toRequest(sections, saved.version);
    expect(saveQuestionnaireRequestSchema.safeParse(request).success).toBe(true);
    const [existing, fresh] = request.sections[0].questions;
    expect({ id: existing.id, help: existing.help, maxChoices: existing.maxChoices }).toEqual({
      id: saved.sections[0].questions[0].id,
      help: { es: 'Ayuda' },
      maxChoices: 2,
    });
    expect('id' in fresh).toBe(false);
    expect(fresh.scale).toEqual({ min: 0, max: 10, minLabel: { fr: 'Pas du tout' }, maxLabel: {} });
    expect(request.version).toBe(3);
  });

  it('drops a stale max choices once the question is no longer multiple choice', () => {
    const sections = fromQuestionnaire(saved);
    sections[0].questions[0] = { ...sections[0].questions[0], type: 'single_choice' };
    expect(toRequest(sections, 3).sections[0].questions[0].maxChoices).toBeNull();
  });

  it('previews the draft with its temporary ids', () => {
    const sections = fromQuestionnaire(null);
    const preview = toPreview(sections);
    expect(preview.sections[0].id).toBe(sections[0].uid);
    expect(preview.sections[0].questions[0].id).toBe(sections[0].questions[0].uid);
  });

  it('moves an item up or down without touching the original list', () => {
    const list = ['a', 'b', 'c'];
    expect(move(list, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(list, 2, -1)).toEqual(['a', 'c', 'b']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});
