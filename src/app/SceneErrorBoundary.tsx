import { Component, type ReactNode } from 'react';

interface Props {
  fallback: (error: Error) => ReactNode;
  children: ReactNode;
  /** Names the part in the log ("booth props", "hall text" …). */
  name?: string;
}

/** Catches a render error below it, logs it, and shows the fallback instead of a white page. */
export class SceneErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error) {
    console.error(`[hall] error in ${this.props.name ?? 'scene'}`, error);
  }
  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
