import { type KeyboardEvent, useState } from 'react';
import { formatNumber } from '../../derivation/number.ts';
import type { Text } from '../../schema/language.ts';
import { parseEditValue } from '../../state/edits.ts';
import { useAtlas, useAtlasStore } from '../store.tsx';
import { useStrings } from '../useStrings.ts';

interface Props {
  matrix: readonly (readonly number[])[];
  /** What each entry is (`W1[0][1]`, `b1[0]`, `x0[1]`), or null where it is not editable. */
  cells: readonly (readonly (string | null)[])[];
  digits: number;
}

/**
 * A matrix whose entries can be changed where they stand: each named entry is a button that
 * turns into a field; Enter applies a valid value, Escape leaves it, a bad value is refused.
 */
export function EditableMatrix({ matrix, cells, digits }: Props) {
  const t = useStrings();
  const store = useAtlasStore();
  const lang = useAtlas((s) => s.lang);
  const [editing, setEditing] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<Text | null>(null);
  const open = (target: string, value: number) => {
    setEditing(target);
    setText(String(value));
    setError(null);
  };
  const commit = (value: number) => {
    const parsed = parseEditValue(text);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    if (editing && parsed.value !== value) store.getState().setEdit(editing, parsed.value);
    setEditing(null);
  };
  const onKeyDown = (value: number) => (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Enter') commit(value);
    if (e.key === 'Escape') setEditing(null);
  };
  return (
    <span className="matrix-edit">
      <span
        className="matrix-grid"
        style={{ gridTemplateColumns: `repeat(${matrix[0]?.length ?? 1}, auto)` }}
      >
        {matrix.map((row, i) =>
          row.map((v, j) => {
            const target = cells[i]?.[j] ?? null;
            const key = `${i}-${j}`;
            if (!target)
              return (
                <span key={key} className="matrix-cell">
                  {formatNumber(v, digits)}
                </span>
              );
            if (target === editing) {
              return (
                <span key={key} className="matrix-cell">
                  <input
                    // biome-ignore lint/a11y/noAutofocus: the person has just asked to edit this entry
                    autoFocus
                    aria-label={t.editValue(target)}
                    aria-invalid={error ? true : undefined}
                    value={text}
                    size={6}
                    inputMode="decimal"
                    onChange={(e) => setText(e.target.value)}
                    onKeyDown={onKeyDown(v)}
                    onBlur={() => commit(v)}
                  />
                  {error && (
                    <span role="alert" className="edit-error">
                      {error[lang]}
                    </span>
                  )}
                </span>
              );
            }
            return (
              <button
                key={key}
                type="button"
                className="matrix-cell editable"
                aria-label={`${target} = ${formatNumber(v, digits)}`}
                onClick={() => open(target, v)}
              >
                {formatNumber(v, digits)}
              </button>
            );
          }),
        )}
      </span>
    </span>
  );
}
