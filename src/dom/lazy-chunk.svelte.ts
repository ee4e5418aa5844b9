/**
 * A chunk the first view does without (a panel's views, Sources, search), fetched when first needed. `module` is
 * null until it arrives; `failed` says it did not (offline before the worker kept it), and a later `load()` tries again.
 */
export class LazyChunk<T> {
  module = $state.raw<T | null>(null);
  failed = $state(false);
  #loading: Promise<void> | null = null;
  readonly #importer: () => Promise<T>;

  /** @param importer `() => import('…')`: the `.then` below must not be chained on `import()` itself, where Vite
   *   would move it inside its loader of the chunk's CSS, and a stylesheet that fails (offline) would reject past it. */
  constructor(importer: () => Promise<T>) {
    this.#importer = importer;
  }

  /** Resolves once the chunk has arrived or failed. */
  load(): Promise<void> {
    return (this.#loading ??= this.#importer().then(
      (module) => {
        this.module = module;
      },
      () => {
        this.#loading = null;
        this.failed = true;
      },
    ));
  }
}
