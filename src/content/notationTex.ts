/**
 * The TeX a notation field may hold. A content file or a link is written by anyone, and its
 * notation goes into the equations as TeX: on the page (KaTeX, without trust) and in the LaTeX a
 * recipient compiles, where `\input`, `\write18`, `\catcode` or TeX's `^^5c` (a backslash by its
 * character code) would run. So a notation is read against a small vocabulary of symbols, and
 * anything else is refused by name.
 */

const GREEK = [
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'varepsilon',
  'zeta',
  'eta',
  'theta',
  'vartheta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'pi',
  'varpi',
  'rho',
  'varrho',
  'sigma',
  'varsigma',
  'tau',
  'upsilon',
  'phi',
  'varphi',
  'chi',
  'psi',
  'omega',
  'Gamma',
  'Delta',
  'Theta',
  'Lambda',
  'Xi',
  'Pi',
  'Sigma',
  'Upsilon',
  'Phi',
  'Psi',
  'Omega',
];
/** Commands that are a symbol on their own. */
const SYMBOLS = new Set([...GREEK, 'ell', 'prime']);
/** Commands that dress one argument of math: accents and math fonts (amsmath and amssymb). */
const DRESSING = new Set([
  'hat',
  'widehat',
  'bar',
  'overline',
  'tilde',
  'widetilde',
  'vec',
  'dot',
  'ddot',
  'check',
  'breve',
  'mathbf',
  'boldsymbol',
  'mathrm',
  'mathit',
  'mathsf',
  'mathcal',
  'mathbb',
]);
/** Commands whose one argument is words: letters, digits and spaces only. */
const WORDS = new Set(['text', 'operatorname']);
const PLAIN = /[A-Za-z0-9()',*\s]/;

/** What a notation may use, for the message that refuses one. */
export const NOTATION_VOCABULARY =
  'a notation may use letters, digits, ( ) , * and primes, Greek letters such as \\Theta, _ and ^ with one symbol or a {group}, \\hat \\bar \\tilde \\vec \\mathbf \\boldsymbol \\mathrm \\mathcal \\mathbb and the like, \\text{words} and \\operatorname{words}';

/** Null when `tex` keeps to the vocabulary; otherwise what in it is not allowed. */
export function notationProblem(tex: string): string | null {
  const refused = new Set<string>();
  // The first thing out of shape (an unclosed group, a script with nothing after it).
  const shape: { problem?: string } = {};
  let at = 0;
  const fail = (what: string) => {
    shape.problem ??= what;
  };

  /** A command's name at `at` (just after its backslash): a run of letters, or one other character. */
  const commandName = (): string => {
    const m = /^[A-Za-z]+/.exec(tex.slice(at));
    const name = m ? m[0] : tex.charAt(at);
    at += name.length || 1;
    return name;
  };

  /** The argument of a script, an accent or a font: one symbol, or a {group}. */
  const argument = (of: string) => {
    while (tex[at] === ' ') at++;
    const c = tex[at];
    if (c === '{') {
      at++;
      list();
      if (tex[at] === '}') at++;
      else fail('a { is not closed');
    } else if (c !== undefined && /[A-Za-z0-9]/.test(c)) at++;
    else if (c === '\\') {
      at++;
      const name = commandName();
      if (!SYMBOLS.has(name)) refused.add(`\\${name}`);
    } else fail(`${of} needs one letter, digit or symbol, or a {group}, after it`);
  };

  const words = (command: string) => {
    const m = /^\s*\{([A-Za-z0-9 ]*)\}/.exec(tex.slice(at));
    if (!m) {
      fail(`\\${command} takes {words}: letters, digits and spaces only`);
      return;
    }
    at += m[0].length;
  };

  function list() {
    while (at < tex.length && tex[at] !== '}') {
      const c = tex[at];
      if (c === '\\') {
        at++;
        const name = commandName();
        if (SYMBOLS.has(name)) continue;
        if (DRESSING.has(name)) argument(`\\${name}`);
        else if (WORDS.has(name)) words(name);
        else refused.add(`\\${name}`);
      } else if (c === '_' || c === '^') {
        at++;
        argument(c);
      } else if (c === '{') {
        at++;
        list();
        if (tex[at] === '}') at++;
        else fail('a { is not closed');
      } else {
        if (!PLAIN.test(c)) refused.add(c);
        at++;
      }
    }
  }

  list();
  // A stray } ends a group at the top; what follows it is read too, so that it can be named.
  while (at < tex.length) {
    fail('a } closes nothing');
    at++;
    list();
  }
  if (refused.size > 0) {
    const names = [...refused].map((r) => (r.startsWith('\\') ? r : `“${r}”`));
    return `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} not allowed (${NOTATION_VOCABULARY})`;
  }
  return shape.problem === undefined ? null : `${shape.problem} (${NOTATION_VOCABULARY})`;
}
