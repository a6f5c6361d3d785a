// A safety net per region of the page: if one panel throws (an unforeseen record, a browser quirk),
// that panel says so and offers a way back, while the map and the other panels keep working.
// Without it React unmounts the whole tree and the user faces a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { resetStore } from '../store/store';

interface Props {
  /** What the region is, for the message: "the Filters panel". */
  readonly name: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

export class PanelBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept in the console for whoever reports the problem.
    console.error(`Nociscope: ${this.props.name} failed`, error, info.componentStack);
  }

  private retry = () => this.setState({ error: null });

  private resetView = () => {
    resetStore();
    this.setState({ error: null });
  };

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="panel-error" role="alert">
        <p>
          <strong>Something went wrong in {this.props.name}.</strong> The rest of Nociscope still works.
        </p>
        <p className="muted">Details: {error.message}</p>
        <div className="panel-error__actions">
          <button type="button" onClick={this.retry}>
            Try again
          </button>
          <button type="button" onClick={this.resetView}>
            Reset the view
          </button>
        </div>
      </div>
    );
  }
}
