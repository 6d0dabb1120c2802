import type { SectionContent } from '@polyphony/contracts';
import { emptyContent } from '../../plan-content';
import { carryMarks, withoutMark } from '../plan-languages';

const P = '11111111-1111-4111-8111-111111111111';
const content = (es: string, review: SectionContent['review'] = []): SectionContent => ({
  ...emptyContent(),
  title: { fr: 'Titre', es: 'Título' },
  paragraphs: [{ id: P, text: { fr: 'Texte', es } }],
  review,
});
const mark = (field: string, language: 'es' | 'en') => ({ field, language, from: 'fr' as const });

describe('"to review" marks across saves', () => {
  it('keeps a mark while its text is unchanged, drops it when an official edits the text', () => {
    const before = content('Texto', [mark(`paragraphs.${P}`, 'es'), mark('title', 'es')]);
    expect(carryMarks(before, content('Texto', before.review))).toEqual(before.review);
    expect(carryMarks(before, content('Texto revisado', before.review))).toEqual([mark('title', 'es')]);
  });

  it('never keeps a mark a client adds, nor one whose text is gone; a fill adds its own', () => {
    const before = content('Texto');
    expect(carryMarks(before, content('Texto', [mark('title', 'es')]))).toEqual([]);
    expect(carryMarks(before, content('Texto'), [mark('title', 'es'), mark('title', 'en')])).toEqual([mark('title', 'es')]);
  });

  it('an approval is the mark left out', () => {
    const before = content('Texto', [mark('title', 'es')]);
    expect(withoutMark(before, 'title', 'es')?.review).toEqual([]);
    expect(withoutMark(before, 'title', 'en')).toBeNull();
  });
});
