/**
 * The whole store's shape, which each slice's actions may set across (zustand's slices pattern:
 * choosing a network also rewinds the trace and clears what is lit).
 */

import type { StateCreator } from 'zustand/vanilla';
import type { DocumentActions, DocumentState } from './document.ts';
import type { NavigationActions, NavigationState } from './navigation.ts';
import type { TraceActions, TraceState } from './trace.ts';
import type { ViewActions, ViewState } from './view.ts';

export type AtlasData = NavigationState & ViewState & DocumentState & TraceState;
export type AtlasState = AtlasData &
  NavigationActions &
  ViewActions &
  DocumentActions &
  TraceActions;

/** One slice: its part of the state and its actions, made with the whole store's set and get. */
export type AtlasSlice<T> = StateCreator<AtlasState, [], [], T>;
