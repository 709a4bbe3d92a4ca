/**
 * A store that loads on first use. The reader store and the settings store
 * (storage, validation, backups: a few KB) stay out of the page's first
 * scripts: loading starts when React first subscribes, which is after
 * hydration, so neither the first paint nor hydration waits for it. Until it
 * is here, the hooks show what the server rendered.
 */

type Subscribable = {
  readonly subscribe: (listener: () => void) => () => void;
};

export type DeferredStore<Store extends Subscribable> = Subscribable & {
  /** The real store, loading it if need be: for actions. */
  readonly ready: () => Promise<Store>;
  /** The real store if it is here yet. */
  readonly loaded: () => Store | undefined;
};

/**
 * @example
 * const settings = createDeferredStore(async () => (await import("./settingsStore.ts")).settingsStore());
 * settings.loaded()?.getSnapshot() ?? DEFAULT_SETTINGS;
 */
export function createDeferredStore<Store extends Subscribable>(
  load: () => Promise<Store>,
): DeferredStore<Store> {
  let store: Store | undefined;
  let loading: Promise<Store> | undefined;
  /** Each listener, and how to unsubscribe it from the real store once it is there. */
  const listeners = new Map<() => void, (() => void) | undefined>();
  const ready = () => {
    loading ??= load().then((loaded) => {
      store = loaded;
      for (const listener of listeners.keys())
        listeners.set(listener, loaded.subscribe(listener));
      for (const listener of listeners.keys()) listener();
      return loaded;
    });
    // Forgotten on failure, so the next action tries again.
    loading.catch(() => (loading = undefined));
    return loading;
  };
  return {
    ready,
    loaded: () => store,
    subscribe(listener) {
      listeners.set(listener, store?.subscribe(listener));
      if (!store) ready().catch(() => undefined);
      return () => {
        listeners.get(listener)?.();
        listeners.delete(listener);
      };
    },
  };
}
