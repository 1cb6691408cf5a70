import { createElement, lazy, useState, type ComponentType } from 'react';

export interface LazyPage<P extends object> {
  Page: ComponentType<P>;
  /** Starts loading the code (once); resolves when the page can render without waiting. */
  preload(): Promise<unknown>;
}

/**
 * A page whose code loads on demand, like React.lazy, but rendered directly once loaded.
 * React 19 holds back the content of a Suspense boundary that showed its fallback for up
 * to 300 ms (measured at 250 ms idle before the explorer's first frame), so a page whose
 * code was preloaded must not suspend at all.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Page(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded component would remount it.
    const [component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(component, props);
  }
  return { Page, preload };
}
