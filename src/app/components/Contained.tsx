import { Component, type ReactNode } from "react";

type Props = {
  /** What the region becomes if it fails to render: say so, in place. */
  fallback: ReactNode;
  children: ReactNode;
};

/**
 * Keeps a render error inside one region of a page. Without it, an error in
 * the sidebar or a button would reach the page's error boundary and take the
 * story text down with it; with it, the reader keeps reading and the region
 * says it could not be shown. Give it a `key` that changes with the page, so
 * a new page tries the region afresh. (React still reports the error to the
 * console, as it does every error a boundary catches: it is a bug to fix.)
 */
export class Contained extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
