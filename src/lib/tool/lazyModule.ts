/**
 * A module fetched on demand whose functions are then called synchronously (e.g. by a reducer):
 * `load()` fetches it once (a failed fetch may be tried again), `current` is the module after
 * that. The survey tools use it for the code that reads a newly loaded table (column roles and
 * profiles): the survey worker awaits `load()` before it publishes the table, so a page where
 * nothing is imported never ships that code (JS budget).
 *
 *   const rules = lazyModule(() => import('../../lib/nps/loaded'));
 *   await rules.load();
 *   rules.current.loaded(state, preview);
 */
export interface LazyModule<M> {
  load(): Promise<M>;
  /** The module; throws when read before `load()` has resolved. */
  readonly current: M;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let module: M | null = null;
  let pending: Promise<M> | null = null;
  return {
    load: () =>
      (pending ??= importer().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      )),
    get current(): M {
      if (module === null) throw new Error('lazyModule: read before load() resolved');
      return module;
    },
  };
}
