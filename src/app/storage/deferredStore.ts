// Loads on first subscribe (after hydration), keeping the stores' few KB out of the first scripts.

type Subscribable = {
  readonly subscribe: (listener: () => void) => () => void;
};

export type DeferredStore<Store extends Subscribable> = Subscribable & {
  readonly ready: () => Promise<Store>;
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
