/**
 * Runs `work` in a task of its own once the frame that shows the current change has been drawn
 * and the next frame has begun: by then that frame has been rastered and presented, so work
 * started here does not compete with it for the processor (a key press's frame is drawn on
 * other threads after the main thread has done its part). Returns a cancel function.
 */
export function afterPaint(work: () => void): () => void {
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      frame = 0;
      timer = window.setTimeout(work, 0);
    });
  });
  let timer = 0;
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
