/** The store's slices: each action changes what it says, and what it must reset, and no more. */

import { describe, expect, it } from 'vitest';
import type { Preset } from '../../src/content/presets.ts';
import { createAtlasStore } from '../../src/state/store.ts';

const preset = (id: string, weight: number): Preset => ({
  file: `${id}.yaml`,
  title: { en: id },
  notation: {},
  spec: {
    id,
    layers: [1, 1],
    activations: ['sigmoid'],
    loss: 'half_sse',
    reduction: 'sum',
    weights: [[[weight]]],
    samples: [{ x: [1], y: [0] }],
  },
});

describe('navigation', () => {
  it('a new network starts at its first step with nothing traced, lit or marked', () => {
    const store = createAtlasStore({ netId: 'a', step: 5, param: 'W1[0][0]', playing: true });
    store.setState({ frame: 3, hover: 'z1[0]<W1[0][0]', lastUpdate: { 'W1[0][0]': 0.1 } });
    store.getState().selectNetwork('b');
    expect(store.getState()).toMatchObject({
      netId: 'b',
      step: 0,
      param: null,
      playing: false,
      frame: 0,
      hover: null,
      lastUpdate: null,
    });
  });

  it('a step reached going forward hides its numbers in the reveal style; going back shows all', () => {
    const store = createAtlasStore({ step: 2 });
    store.setState({ frame: 4, held: true, revealed: 3 });
    store.getState().goToStep(3, 'W2[0][1]');
    expect(store.getState()).toMatchObject({
      step: 3,
      param: 'W2[0][1]',
      frame: 0,
      held: false,
      revealed: 0,
    });
    store.getState().goToStep(1, null);
    expect(store.getState()).toMatchObject({ step: 1, param: null });
    expect(store.getState().revealed).toBe(Number.POSITIVE_INFINITY);
    // Staying on a step is not going forward either.
    store.getState().goToStep(1, null);
    expect(store.getState().revealed).toBe(Number.POSITIVE_INFINITY);
  });

  it('tracing another parameter starts its animation over', () => {
    const store = createAtlasStore();
    store.setState({ frame: 6, held: true, revealed: 2 });
    store.getState().selectParam('b1[0]');
    expect(store.getState()).toMatchObject({ param: 'b1[0]', frame: 0, held: false, revealed: 0 });
    store.getState().setPlaying(true);
    store.getState().setSpeed(2);
    expect(store.getState()).toMatchObject({ playing: true, speed: 2 });
  });
});

describe('view', () => {
  it('starts in English, drawn expanded, with 4 digits and nothing lit', () => {
    expect(createAtlasStore().getState()).toMatchObject({
      lang: 'en',
      presentation: false,
      revealing: false,
      expanded: true,
      showGradients: false,
      digits: 4,
      hover: null,
      spotlight: null,
      notices: [],
    });
  });

  it('sets each option, and turning the reveal style on or off hides the numbers again', () => {
    const store = createAtlasStore({ notices: [{ en: 'x', zh: 'x' }] });
    const s = store.getState();
    s.setLang('zh');
    s.setPresentation(true);
    s.setExpanded(false);
    s.setShowGradients(true);
    s.setDigits(6);
    s.setHover('E<e[0]');
    s.setSpotlight('a1[0]<z1[0]');
    s.dismissNotices();
    store.setState({ revealed: 5 });
    s.setRevealing(true);
    expect(store.getState()).toMatchObject({
      lang: 'zh',
      presentation: true,
      expanded: false,
      showGradients: true,
      digits: 6,
      hover: 'E<e[0]',
      spotlight: 'a1[0]<z1[0]',
      notices: [],
      revealing: true,
      revealed: 0,
    });
  });
});

describe('document', () => {
  it("keeps each network's edits apart, and resets only the current one's", () => {
    const store = createAtlasStore({ netId: 'a' });
    store.getState().setEdit('W1[0][0]', 0.5);
    store.getState().setEdit('b1[0]', -1);
    store.getState().selectNetwork('b');
    store.getState().setEdit('W1[0][0]', 2);
    expect(store.getState().edits).toEqual({
      a: { 'W1[0][0]': 0.5, 'b1[0]': -1 },
      b: { 'W1[0][0]': 2 },
    });
    store.setState({ lastUpdate: { 'W1[0][0]': 0.1 } });
    store.getState().resetEdits();
    expect(store.getState().edits).toEqual({ a: { 'W1[0][0]': 0.5, 'b1[0]': -1 }, b: {} });
    expect(store.getState().lastUpdate).toBeNull();
  });

  it('training replaces the current edits whole and notes the step', () => {
    const store = createAtlasStore({ netId: 'a', edits: { a: { 'W1[0][0]': 1 }, c: { x: 1 } } });
    store.getState().setTrained({ 'b1[0]': 0.25 }, { 'b1[0]': -0.01 });
    expect(store.getState().edits).toEqual({ a: { 'b1[0]': 0.25 }, c: { x: 1 } });
    expect(store.getState().lastUpdate).toEqual({ 'b1[0]': -0.01 });
  });

  it('saving adds a network, replaces one of the same id, and shows it from its first step', () => {
    const store = createAtlasStore({ netId: 'x', step: 4, param: 'W1[0][0]' });
    store.getState().saveNetwork(preset('mine', 1));
    store.getState().saveNetwork(preset('other', 2));
    store.setState({ step: 3, frame: 2 });
    store.getState().saveNetwork(preset('mine', 3));
    const { saved, netId, step, param, frame } = store.getState();
    expect(saved.map((p) => [p.spec.id, p.spec.weights[0][0][0]])).toEqual([
      ['other', 2],
      ['mine', 3],
    ]);
    expect({ netId, step, param, frame }).toEqual({
      netId: 'mine',
      step: 0,
      param: null,
      frame: 0,
    });
  });

  it('collects what could not be read back, in order', () => {
    const store = createAtlasStore();
    store.getState().reportSavedError('one');
    store.getState().reportSavedError('two');
    expect(store.getState().savedErrors).toEqual(['one', 'two']);
  });
});

describe('trace', () => {
  it('moves, holds and replays the animation; reveals one number at a time', () => {
    const store = createAtlasStore();
    const s = store.getState();
    s.setFrame(4);
    s.setHeld(true);
    s.revealNext();
    s.revealNext();
    expect(store.getState()).toMatchObject({ frame: 4, held: true, revealed: 2, replays: 0 });
    s.replay();
    s.replay();
    expect(store.getState()).toMatchObject({ frame: 0, held: false, replays: 2, revealed: 2 });
  });
});
