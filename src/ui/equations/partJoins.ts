/**
 * Which neighbours a part of an equation's right side sits flush against. The parts are typeset
 * one by one and set apart by a gap that stands in for TeX's spacing between them; but TeX puts
 * no space after an opening bracket or before a closing one, and a part that is only a space
 * (the thin space of w\,x) is all the room there should be. A part that keeps a binary operator's
 * spacing itself, with TeX's empty group (`{}\cdot(1 -{}`), or that starts or ends with a space
 * (`\,a_0`), has its room already on that side.
 */

const OPENS = /(\(|\[|\\\{|\\left[([.]|\\[bB]igg?l?[([])$/;
const CLOSES = /^(\)|\]|\\\}|\\right[)\].]|\\[bB]igg?r?[)\]])/;
const SPACE_ONLY = /^(\\[,:;! ]|\\quad|\\qquad|~|\s)+$/;
const SPACE_FIRST = /^\\[,:;]/;
const SPACE_LAST = /\\[,:;]$/;

export interface Joins {
  /** No gap before this part. */
  prev: boolean;
  /** No gap after it. */
  next: boolean;
}

export function partJoins(tex: string): Joins {
  const t = tex.trim();
  if (t !== '' && SPACE_ONLY.test(t)) return { prev: true, next: true };
  return {
    prev: CLOSES.test(t) || t.startsWith('{}') || SPACE_FIRST.test(t),
    next: OPENS.test(t) || t.endsWith('{}') || SPACE_LAST.test(t),
  };
}
