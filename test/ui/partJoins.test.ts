import { describe, expect, it } from 'vitest';
import { partJoins } from '../../src/ui/equations/partJoins.ts';

describe('partJoins', () => {
  it('an opening bracket at a part’s end joins it to the next part', () => {
    expect(partJoins('\\sigma(')).toEqual({ prev: false, next: true });
    expect(partJoins('= \\sigma\\left(')).toEqual({ prev: false, next: true });
    expect(partJoins('\\bigl[')).toEqual({ prev: false, next: true });
  });

  it('a closing bracket at a part’s start joins it to the part before', () => {
    expect(partJoins(') =')).toEqual({ prev: true, next: false });
    expect(partJoins('\\right) \\cdot')).toEqual({ prev: true, next: false });
  });

  it('a part that is only a space joins both neighbours', () => {
    expect(partJoins('\\,')).toEqual({ prev: true, next: true });
    expect(partJoins(' \\; ')).toEqual({ prev: true, next: true });
  });

  it('a part that spaces its own binary operator with an empty group joins on that side', () => {
    expect(partJoins('{}\\cdot(1 -{}')).toEqual({ prev: true, next: true });
    expect(partJoins(')\\ln(1 -{}')).toEqual({ prev: true, next: true });
    expect(partJoins('/4\\,\\cdot{}')).toEqual({ prev: false, next: true });
    expect(partJoins('\\,a_0 +{}')).toEqual({ prev: true, next: true });
    expect(partJoins('x\\;')).toEqual({ prev: false, next: true });
  });

  it('a whole bracketed value, an operator or a symbol keeps its gaps', () => {
    for (const tex of ['(-0.33)', '+', 'w^{(1)}_{11}', '= 0.85', '\\cdot 1 +', ''])
      expect(partJoins(tex)).toEqual({ prev: false, next: false });
  });
});
