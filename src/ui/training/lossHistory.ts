/**
 * J after each training step, appended in place: a Float64Array that doubles when full, so a run
 * of n steps costs O(n) to record however often it is drawn (copying the whole history every
 * slice cost O(n²)). The loss curve subscribes to it (useSyncExternalStore: `subscribe`,
 * `getVersion`); the trainer calls `notify` once per slice, not per step.
 */
export class LossHistory {
  private buffer = new Float64Array(256);
  private count = 0;
  private changes = 0;
  private readonly listeners = new Set<() => void>();

  get length(): number {
    return this.count;
  }

  /** Counts every change, so a view knows when to draw again. */
  readonly getVersion = (): number => this.changes;

  at(i: number): number | undefined {
    return i >= 0 && i < this.count ? this.buffer[i] : undefined;
  }

  push(loss: number): void {
    if (this.count === this.buffer.length) {
      const grown = new Float64Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.count++] = loss;
    this.changes++;
  }

  /** Replaces the last loss, or adds it to an empty history. */
  setLast(loss: number): void {
    if (this.count === 0) this.push(loss);
    else {
      this.buffer[this.count - 1] = loss;
      this.changes++;
    }
  }

  clear(): void {
    this.count = 0;
    this.changes++;
  }

  /** The losses so far, not copied: a view of the buffer, to read before the next change. */
  view(): Float64Array {
    return this.buffer.subarray(0, this.count);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Tells the subscribers that the history changed (once per slice of a run). */
  notify(): void {
    for (const listener of this.listeners) listener();
  }
}
