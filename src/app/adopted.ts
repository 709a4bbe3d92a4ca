/**
 * A component whose code is its own chunk, loaded while the page hydrates,
 * yet drawn in full by the pre-render and adopted by hydration as drawn: no
 * node replaced, and a click on it before its code arrives is replayed by
 * React once it has. The pre-render (and jsdom tests) provide the component
 * up front, so React.lazy resolves at once there; the browser imports it.
 * Wrap each use in <Suspense>, so only that part waits for its code.
 *
 * A press on such a part before its code has arrived is kept (its button
 * names itself with data-early-press), and the part, once adopted, presses
 * the button again (pressedEarly).
 */
import { lazy, type ComponentType } from "react";

const provided = new Map<string, ComponentType<never>>();

/** @example provide("TextSettings", TextSettings) // in the pre-render's entry */
export function provide<P>(name: string, component: ComponentType<P>): void {
  provided.set(name, component as ComponentType<never>);
}

/** @example const TextSettings = adopted("TextSettings", async () => (await import("./TextSettings.tsx")).TextSettings); */
export function adopted<P extends object>(
  name: string,
  load: () => Promise<ComponentType<P>>,
) {
  return lazy<ComponentType<P>>(() => {
    const ready = provided.get(name) as ComponentType<P> | undefined;
    if (!ready) return load().then((component) => ({ default: component }));
    // A thenable that answers at once: React.lazy then renders it on the first try.
    const now = {
      then: (resolve: (module: { default: ComponentType<P> }) => void) =>
        resolve({ default: ready }),
    };
    return now as unknown as Promise<{ default: ComponentType<P> }>;
  });
}

const pressed = new Set<string>();
const listening = new Set<string>();

if (typeof document !== "undefined")
  document.addEventListener(
    "click",
    (event) => {
      const name =
        event.target instanceof Element
          ? event.target
              .closest("[data-early-press]")
              ?.getAttribute("data-early-press")
          : undefined;
      if (name && !listening.has(name)) pressed.add(name);
    },
    true,
  );

/**
 * Whether the part's button was pressed before the part could hear it; from
 * now on it hears its own presses.
 * @example useEffect(() => { if (pressedEarly("text-settings")) button.current?.click(); }, []);
 */
export function pressedEarly(name: string): boolean {
  listening.add(name);
  return pressed.delete(name);
}
