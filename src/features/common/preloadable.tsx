// A part of the app loaded on first use that can also be fetched ahead of need. React's lazy() alone
// suspends on every first render, even when the code is already here, and React then holds the
// fallback for its reveal throttle (about 300 ms): the first tap on the map waited that long for the
// details panel. Once preloaded, the component renders at once, without suspending.
import { createElement, lazy, type ComponentType } from 'react';

export interface Preloadable<P extends object> {
  /** Renders the part; suspends (inside a Suspense) only while its code is not yet here. */
  readonly Component: ComponentType<P>;
  /** Fetch the code now (idempotent; a failed fetch is retried on the next call). */
  readonly preload: () => Promise<void>;
}

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchCode = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => fetchCode().then((component) => ({ default: component })));
  function Component(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  return { Component, preload: () => fetchCode().then(() => undefined) };
}
