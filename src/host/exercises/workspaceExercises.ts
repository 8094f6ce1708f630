import * as path from "node:path";
import * as vscode from "vscode";
import type { ExerciseLanguage } from "../../core/content/types";
import { EXERCISE_MARKER, parseExerciseMarker } from "../../core/exercises/scaffold";
import { Disposable } from "../util/disposable";

/** An exercise generated into the workspace: a language folder with our marker file. */
export interface WorkspaceExercise {
  exerciseId: string;
  language: ExerciseLanguage;
  folder: vscode.Uri;
}

/** Finds generated exercises in the workspace and keeps the list current as files change. */
export class WorkspaceExercises extends Disposable {
  private exercises = new Map<string, WorkspaceExercise>();
  private generation = 0;
  private latestScan: Promise<void> = Promise.resolve();
  /** Folders registered by add(), with the scan generation then: a scan started earlier may have missed their marker. */
  private readonly added = new Map<string, { exercise: WorkspaceExercise; generation: number }>();
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private readonly fileChanged = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** Any change to a file inside an exercise folder. */
  readonly onDidChangeFile = this.fileChanged.event;

  constructor() {
    super();
    const markers = this.register(vscode.workspace.createFileSystemWatcher(`**/${EXERCISE_MARKER}`));
    this.register(markers.onDidCreate(() => void this.refresh()));
    this.register(markers.onDidDelete(() => void this.refresh()));
    const files = this.register(vscode.workspace.createFileSystemWatcher("**/*.{ts,py}"));
    const onFile = (uri: vscode.Uri) => {
      if (this.containing(uri)) this.fileChanged.fire(uri);
    };
    this.register(files.onDidCreate(onFile));
    this.register(files.onDidChange(onFile));
    this.register(files.onDidDelete(onFile));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()));
  }

  all(): WorkspaceExercise[] {
    return [...this.exercises.values()];
  }

  /** The exercise whose folder contains this file (directly: exercise files are flat). */
  containing(uri: vscode.Uri): WorkspaceExercise | undefined {
    const folder = path.dirname(uri.fsPath);
    return this.exercises.get(folder) ?? this.exercises.get(path.dirname(folder));
  }

  /**
   * Re-scans the workspace. Scans can overlap (watchers, the Testing view, commands): only the newest
   * one applies its result (an older one resolves when the newest has), and folders registered with
   * add() while it ran are kept.
   */
  refresh(): Promise<void> {
    const scan = this.scan(++this.generation);
    this.latestScan = scan;
    return scan;
  }

  private async scan(generation: number): Promise<void> {
    const found = new Map<string, WorkspaceExercise>();
    const uris = await vscode.workspace.findFiles(`**/${EXERCISE_MARKER}`, "**/node_modules/**", 500);
    for (const uri of uris) {
      try {
        const marker = parseExerciseMarker(Buffer.from(await vscode.workspace.fs.readFile(uri)).toString("utf8"));
        if (!marker) continue;
        const folder = vscode.Uri.file(path.dirname(uri.fsPath));
        found.set(folder.fsPath, { exerciseId: marker.exerciseId, language: marker.language, folder });
      } catch {
        // unreadable marker: not an exercise
      }
    }
    if (this.isDisposed) return;
    if (generation !== this.generation) return this.latestScan;
    for (const [key, entry] of this.added) {
      if (entry.generation < generation) this.added.delete(key); // this scan started after the marker was written
      else if (!found.has(key)) found.set(key, entry.exercise);
    }
    this.exercises = found;
    this.changed.fire();
  }

  /** Registers a folder just generated, before the file watcher reports it. */
  add(exercise: WorkspaceExercise): void {
    if (this.isDisposed) return;
    this.added.set(exercise.folder.fsPath, { exercise, generation: this.generation });
    if (this.exercises.has(exercise.folder.fsPath)) return;
    this.exercises.set(exercise.folder.fsPath, exercise);
    this.changed.fire();
  }
}
