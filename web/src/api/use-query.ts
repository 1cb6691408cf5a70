import { useCallback, useEffect, useRef, useState } from 'react';
import { request } from './client';
import { takePrefetched } from './prefetch';
import type { TypedDocumentString } from './generated/graphql';

export interface QueryState<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  /** Asks again (e.g. after an edit elsewhere); keeps showing the old data meanwhile. */
  reload: () => void;
}

/**
 * One query's state for a component. Re-runs when the variables change (compared as JSON),
 * aborts the request it no longer needs, and ignores answers that arrive out of order.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{
    key: string | null;
    data: TResult | null;
    error: Error | null;
    loading: boolean;
  }>({
    key: null,
    data: null,
    error: null,
    loading: !options.skip,
  });
  const [generation, setGeneration] = useState(0);
  const variablesRef = useRef(variables);
  variablesRef.current = variables;

  useEffect(() => {
    if (options.skip) {
      setState({ key, data: null, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({
      ...s,
      loading: true,
      error: null,
      data: s.key === key ? s.data : null,
      key,
    }));
    const answer =
      takePrefetched(document, variablesRef.current) ??
      request(document, variablesRef.current, controller.signal);
    answer.then(
      (data) => setState({ key, data, error: null, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((s) => ({
          ...s,
          error: error instanceof Error ? error : new Error(String(error)),
          loading: false,
        }));
      },
    );
    return () => controller.abort();
  }, [document, key, generation, options.skip]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
