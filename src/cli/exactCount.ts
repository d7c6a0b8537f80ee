/**
 * An exact count in JSON: a number while a double holds it exactly (up to 2^53), a decimal
 * string past that, since JSON readers turn a longer number into a rounded double.
 */

const EXACT_IN_A_DOUBLE = 2n ** 53n;

export function countJson(n: bigint): number | string {
  return n <= EXACT_IN_A_DOUBLE ? Number(n) : n.toString();
}
