/**
 * Which neighbours a part of an equation's right side sits flush against. The parts are typeset
 * one by one and set apart by a gap that stands in for TeX's spacing between them; but TeX puts
 * no space after an opening bracket or before a closing one, and a part that is only a space
 * (the thin space of w\,x) is all the room there should be. A part that keeps a binary operator's
 * spacing itself, with TeX's empty group (`{}\cdot(1 -{}`), or that starts or ends with a space
 * (`\,a_0`), has its room already on that side.
 */

/** TeX's spacing commands, which a part may start or end with. */
const SPACE = String.raw`\\[,:;!]|\\quad|\\qquad|~`;
/** A closing bracket, an empty group or a space first: no gap before the part. */
const FLUSH_BEFORE = new RegExp(
  String.raw`^(\)|\]|\\\}|\\right[)\].]|\\[bB]igg?r?[)\]]|\{\}|${SPACE})`,
);
/** An opening bracket, an empty group or a space last: no gap after it. */
const FLUSH_AFTER = new RegExp(
  String.raw`(\(|\[|\\\{|\\left[(\[.]|\\[bB]igg?l?[(\[]|\{\}|${SPACE})$`,
);

export interface Joins {
  /** No gap before this part. */
  prev: boolean;
  /** No gap after it. */
  next: boolean;
}

export function partJoins(tex: string): Joins {
  const t = tex.trim();
  return { prev: FLUSH_BEFORE.test(t), next: FLUSH_AFTER.test(t) };
}
