/** A function run in a page: it is sent as its source, so it may use only its arguments and the page's globals. */
export type InPage<A extends unknown[], T> = (...args: A) => T;

/**
 * A function's source as an expression that calls it with `args` (JSON). tsx (esbuild's keepNames) wraps named
 * inner functions in `__name(…)`, which the page does not have: the wrapper gives it one.
 */
export const callSource = (fn: (...args: never[]) => unknown, args: unknown[]) =>
  `(() => { const __name = (f) => f; return (${fn.toString()})(...${JSON.stringify(args)}); })()`;
