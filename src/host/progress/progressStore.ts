import * as vscode from "vscode";
import {
  emptyProgress,
  exerciseProgress,
  reduceProgress,
  repairProgress,
  type ExerciseProgress,
  type ProgressAction,
  type ProgressState,
} from "../../core/progress/progress";
import type { Log } from "../util/log";

const KEY = "interviewPrep.progress";

/** Progress persisted in global state (a Memento); repaired on load, never thrown away wholesale. */
export class ProgressStore implements vscode.Disposable {
  private state: ProgressState = emptyProgress();
  private readonly changed = new vscode.EventEmitter<ProgressState>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly memento: vscode.Memento,
    log: Log,
  ) {
    const { state, repairs } = repairProgress(memento.get<unknown>(KEY));
    this.state = state;
    if (repairs.length > 0) {
      for (const repair of repairs) log.warn(`progress: ${repair}`);
      void memento.update(KEY, state);
    }
  }

  get current(): ProgressState {
    return this.state;
  }

  isGuideRead(guideId: string): boolean {
    return this.state.guides[guideId] !== undefined;
  }

  exercise(exerciseId: string): ExerciseProgress {
    return exerciseProgress(this.state, exerciseId);
  }

  async dispatch(action: ProgressAction): Promise<void> {
    const next = reduceProgress(this.state, action);
    if (next === this.state) return;
    this.state = next;
    this.changed.fire(next);
    await this.memento.update(KEY, next);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
