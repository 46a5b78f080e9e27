import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What still works when the page cannot render: export, restore and wipe talk only to the background. */
  rescue: ReactNode;
}

/**
 * Catches what a page fails to render — a corrupt record, a date no calendar can show — and shows what failed
 * instead of a blank page, with the way out: export what is there, or wipe it.
 */
export class PageErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Rapport: this page could not be shown', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <PageFailure error={error} rescue={this.props.rescue} />;
  }
}

/** What a page that could not be shown shows instead: what failed, and the way out. */
export function PageFailure({ error, rescue }: { error: Error; rescue: ReactNode }) {
  return (
    <main className="page-error">
      <h1>Rapport could not show this page</h1>
      <p role="alert">
        Something stored could not be displayed: <code>{error.message}</code>
      </p>
      <p>Your data is still there. You can export it, restore a backup, or wipe it and start again.</p>
      {rescue}
    </main>
  );
}
