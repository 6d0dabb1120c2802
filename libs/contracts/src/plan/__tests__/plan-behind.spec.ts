import { behindTexts, trackTextRevisions, type TranslatableContent } from '../plan-behind';
import type { ReviewMark as Mark } from '../../common/official-languages';

const P = '11111111-1111-4111-8111-111111111111';
const content = (title: TranslatableContent['title'], paragraph: TranslatableContent['title'] = {}): TranslatableContent => ({
  title,
  paragraphs: [{ id: P, text: paragraph }],
  expectedResults: [],
  indicators: [],
});
/** A write at `revision` of `next` after `previous`, as the server stores it. */
const save = (previous: TranslatableContent | null, next: TranslatableContent, revision: number, filled: Mark[] = []) => ({
  ...next,
  changed: trackTextRevisions(previous, next, revision, filled),
});

describe('which languages of a section are behind', () => {
  const start = save(null, content({ fr: 'Titre', es: 'Título', en: 'Title' }, { fr: 'Texte', es: 'Texto' }), 0);

  it('nothing is behind while no language changed after the others', () => {
    expect(start.changed).toEqual({});
    expect(behindTexts(start)).toEqual([]);
  });

  it('a change in one language leaves the others behind on that field only', () => {
    const fr = save(start, content({ fr: 'Titre neuf', es: 'Título', en: 'Title' }, { fr: 'Texte', es: 'Texto' }), 1);
    expect(fr.changed).toEqual({ title: { fr: 1 } });
    expect(behindTexts(fr)).toEqual([
      { field: 'title', language: 'es', since: 'fr' },
      { field: 'title', language: 'en', since: 'fr' },
    ]);
    expect(behindTexts(fr, ['fr', 'es'])).toEqual([{ field: 'title', language: 'es', since: 'fr' }]);
  });

  it('updating a language behind catches it up without putting the others behind it', () => {
    const fr = save(start, content({ fr: 'Titre neuf', es: 'Título', en: 'Title' }), 1);
    const es = save(fr, content({ fr: 'Titre neuf', es: 'Título nuevo', en: 'Title' }), 2);
    expect(es.changed?.title).toEqual({ fr: 1, es: 1 });
    expect(behindTexts(es)).toEqual([{ field: 'title', language: 'en', since: 'fr' }]);
  });

  it('a change in an up-to-date language moves it ahead; the client cannot send revisions', () => {
    const es = save(start, { ...content({ fr: 'Titre', es: 'Otro', en: 'Title' }), changed: { title: { fr: 9, en: 9 } } }, 3);
    expect(es.changed).toEqual({ title: { es: 3 } });
    expect(behindTexts(es).map((b) => `${b.language}<${b.since}`)).toEqual(['fr<es', 'en<es']);
  });

  it('a translation added by hand is as fresh as the others; an emptied text is never behind', () => {
    const fr = save(start, content({ fr: 'Titre neuf', es: 'Título', en: 'Title' }), 1);
    const ca = save(fr, content({ fr: 'Titre neuf', es: 'Título', en: 'Title', ca: 'Títol' }), 2);
    expect(ca.changed?.title).toEqual({ fr: 1, ca: 1 });
    expect(behindTexts(ca).map((b) => b.language)).toEqual(['es', 'en']);
    const emptied = save(ca, content({ fr: 'Titre neuf', ca: 'Títol', es: '' }), 3);
    expect(behindTexts(emptied)).toEqual([]);
  });

  it('a machine fill gives the filled text its source revision: neither behind nor ahead', () => {
    const fr = save(start, content({ fr: 'Titre neuf', es: 'Título', en: 'Title' }), 1);
    const filled = save(fr, content({ fr: 'Titre neuf', es: 'Título', en: 'Title', ca: 'Títol nou' }), 2, [
      { field: 'title', language: 'ca', from: 'fr' },
    ]);
    expect(filled.changed?.title).toEqual({ fr: 1, ca: 1 });
    expect(behindTexts(filled).map((b) => b.language)).toEqual(['es', 'en']);
  });

  it('an older machine text left unchanged keeps its revision when a later fill passes its mark again', () => {
    const fr = save(start, content({ fr: 'Titre neuf', es: 'Título', en: 'Title' }), 1);
    const again = save(fr, content({ fr: 'Titre neuf', es: 'Título', en: 'Title' }), 2, [{ field: 'title', language: 'es', from: 'fr' }]);
    expect(behindTexts(again).map((b) => b.language)).toEqual(['es', 'en']);
  });
});
