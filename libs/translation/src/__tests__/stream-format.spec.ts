import fc from 'fast-check';
import { escapeForStream, route, servedDirections, unescapeFromStream } from '../index';

describe('stream format', () => {
  it('escapes every reserved character and round-trips any text without NUL', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const clean = text.replace(/[\0\uE000]/g, '');
        expect(unescapeFromStream(escapeForStream(clean))).toBe(clean);
      }),
    );
    expect(escapeForStream('a[b]^$/<x>@*{}#\\~')).toBe('a\\[b\\]\\^\\$\\/\\<x\\>\\@\\*\\{\\}\\#\\\\\uE000');
  });

  it('removes NUL, the frame separator', () => {
    expect(escapeForStream('a\0b')).toBe('ab');
  });
});

describe('routes', () => {
  const debian = (a: string, b: string) => !(a === 'fr' && b === 'en') && !(a === 'en' && b === 'fr');
  it('pivots fr<->en through Spanish and goes direct elsewhere', () => {
    expect(route('fr', 'en', debian)).toEqual([
      ['fr', 'es'],
      ['es', 'en'],
    ]);
    expect(route('ca', 'es', debian)).toEqual([['ca', 'es']]);
    expect(route('ca', 'ca', debian)).toEqual([]);
    expect(servedDirections(debian)).toHaveLength(12);
    expect(servedDirections(debian).filter((d) => d.via)).toEqual([
      { from: 'fr', to: 'en', via: 'es' },
      { from: 'en', to: 'fr', via: 'es' },
    ]);
  });

  it('gives no route when the pivot is missing', () => {
    expect(route('fr', 'en', (a, b) => a !== 'es' && b !== 'es' && !(a === 'fr' && b === 'en'))).toBeUndefined();
  });
});
