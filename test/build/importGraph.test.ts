/** The import graph keeps .dependency-cruiser.cjs's rules: no cycle and no arrow running up. */

import { createRequire } from 'node:module';
import { cruise, type IForbiddenRuleType } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const rules = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as {
  forbidden: IForbiddenRuleType[];
  options: Record<string, unknown>;
};

async function violations(forbidden = rules.forbidden) {
  const result = await cruise(['src'], {
    ...rules.options,
    ruleSet: { forbidden },
    validate: true,
  });
  if (typeof result.output === 'string') throw new Error(result.output);
  return result.output.summary.violations.map(
    (v) =>
      `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`,
  );
}

describe('the import graph', () => {
  it('has no cycle and no import from a layer above', async () => {
    expect(await violations()).toEqual([]);
  }, 60_000);
});
