/**
 * Apertium's stream format reserves a few characters; with `-f none` (no deformatter) the text goes in raw, so
 * they are escaped with a backslash on the way in and unescaped on the way out. `~` is the post-generation
 * marker and is dropped by the pipeline even when escaped, so it travels as a private-use character.
 * NUL is the flush marker that frames texts, so it is removed from texts.
 */
const RESERVED = /[\\[\]^$/<>@*{}#]/g;
const TILDE = '\uE000';

export function escapeForStream(text: string): string {
  return text
    .replace(/\0/g, '')
    .replace(RESERVED, (c) => '\\' + c)
    .replace(/~/g, TILDE);
}

export function unescapeFromStream(text: string): string {
  return text.replace(/\\(.)/gs, '$1').replace(/\uE000/g, '~');
}
