/**
 * Catches a rendering error below it and shows a Polish message instead of a blank window; the user can go
 * back and keep working.
 */
import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** Called when the user chooses to go back after an error. */
  onReset: () => void;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, { message: string | null }> {
  override state = { message: null as string | null };

  static getDerivedStateFromError(e: unknown) {
    return { message: e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e) };
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <div className="notice notice-error" role="alert">
        <strong>Nie udało się wyświetlić tego widoku.</strong>
        <p>{this.state.message}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            this.setState({ message: null });
            this.props.onReset();
          }}
        >
          Wróć
        </button>
      </div>
    );
  }
}
