import {
  useSyncExternalStore,
  type ComponentProps,
  type ReactNode,
} from "react";
import type { Tools } from "./tools.ts";

/**
 * A place in a page for a tool whose code loads after hydration
 * (startReadingTools.ts). It draws nothing until the tool arrives, which is
 * also what the pre-rendered HTML holds, so hydration always matches; pages
 * rendered later draw the tool at once. A page pays a few bytes for the slot,
 * never the tool's code.
 */
let provided: Partial<Tools> = {};
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** @example provideTools({ listen: Listen }) */
export function provideTools(tools: Partial<Tools>): void {
  provided = { ...provided, ...tools };
  for (const listener of listeners) listener();
}

type SlotProps<Name extends keyof Tools> = { tool: Name } & ComponentProps<
  Tools[Name]
>;

/** @example <ToolSlot tool="listenFrom" story={story} position={3} /> */
export function ToolSlot<Name extends keyof Tools>({
  tool,
  ...props
}: SlotProps<Name>) {
  const Tool = useSyncExternalStore(
    subscribe,
    () => provided[tool],
    () => undefined,
  ) as ((props: object) => ReactNode) | undefined;
  return Tool ? <Tool {...props} /> : null;
}
