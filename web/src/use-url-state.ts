import { useCallback, useEffect, useState } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

/** Parameters read once at start-up, not part of the shared state (bench and test switches). */
const startup = new URLSearchParams(window.location.search);
export const STARTUP_PARAMS = {
  render: startup.get('render'),
  debug: startup.get('debug') === '1',
  layoutThread: startup.get('layoutThread') === 'main' ? ('main' as const) : ('worker' as const),
};

export type UpdateState = (
  patch: Partial<UrlState> | ((s: UrlState) => Partial<UrlState>),
  mode?: 'push' | 'replace',
) => void;

/**
 * The URL as React state. A new scope or view is a history entry (Back returns to it);
 * filter and selection tweaks replace the current entry so Back is not a long undo list.
 */
export function useUrlState(): [UrlState, UpdateState] {
  const [state, setState] = useState(() => parseUrlState(window.location.search));

  useEffect(() => {
    const onPop = () => setState(parseUrlState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback<UpdateState>((patch, mode = 'replace') => {
    setState((current) => {
      const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
      const search = serializeUrlState(next);
      if (search !== window.location.search) {
        const url = `${window.location.pathname}${search}${window.location.hash}`;
        if (mode === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      return next;
    });
  }, []);

  return [state, update];
}
