import * as vscode from "vscode";

/** The "Interview Prep" output channel. */
export class Log implements vscode.Disposable {
  readonly channel = vscode.window.createOutputChannel("Interview Prep", { log: true });

  info(message: string): void {
    this.channel.info(message);
  }

  warn(message: string): void {
    this.channel.warn(message);
  }

  error(message: string): void {
    this.channel.error(message);
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
