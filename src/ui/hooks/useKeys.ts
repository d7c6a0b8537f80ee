import { useEffect, useLayoutEffect, useRef } from 'react';
import { useAtlasStore } from '../store.tsx';

/** Fields where keys belong to the field itself. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset'].includes(target.type);
  return false;
}

/**
 * The keys of ui-contract.md, whenever focus is not in a text field. In presentation mode's
 * reveal style (opt-in, r), → and PageDown first show the step's hidden numbers one by one.
 */
export function useKeys(
  stepCount: number,
  goToStep: (i: number) => void,
  revealTotal: number,
): void {
  const store = useAtlasStore();
  // The listener is added once; what changes from step to step is read through this.
  const now = useRef({ stepCount, goToStep, revealTotal });
  useLayoutEffect(() => {
    now.current = { stepCount, goToStep, revealTotal };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { stepCount, goToStep, revealTotal } = now.current;
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTextField(e.target)) return;
      const s = store.getState();
      const target = e.target as HTMLElement | null;
      const onControl = target?.closest?.('button, [role="button"], a, summary') != null;
      const onSlider = target instanceof HTMLInputElement && target.type === 'range';
      let handled = true;
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
          if (onSlider && e.key === 'ArrowRight') return;
          if (s.presentation && s.revealing && s.revealed < revealTotal) s.revealNext();
          else goToStep(Math.min(stepCount - 1, s.step + 1));
          break;
        case 'ArrowLeft':
        case 'PageUp':
          if (onSlider && e.key === 'ArrowLeft') return;
          goToStep(Math.max(0, s.step - 1));
          break;
        case 'Home':
          if (onSlider) return;
          goToStep(0);
          break;
        case 'End':
          if (onSlider) return;
          goToStep(stepCount - 1);
          break;
        case ' ':
          // Space on a button or a parameter activates that control instead.
          if (onControl) return;
          s.setPlaying(!s.playing);
          break;
        case 'f':
        case 'F':
          s.setPresentation(!s.presentation);
          break;
        case 'r':
        case 'R':
          if (!s.presentation) return;
          s.setRevealing(!s.revealing);
          break;
        case 'Escape':
          if (!s.presentation) return;
          s.setPresentation(false);
          break;
        default:
          handled = false;
      }
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
