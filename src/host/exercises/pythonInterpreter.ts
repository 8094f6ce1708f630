import * as vscode from "vscode";
import { checkPython } from "../../core/exercises/pythonCheck";

export interface InterpreterChoice {
  command: string;
  source: "setting" | "python extension" | "PATH";
}

export class InterpreterNotFoundError extends Error {}

/**
 * The Python to run exercise tests with: the `interviewPrep.python.interpreterPath` setting, else the
 * Python extension's selected interpreter, else python3 / python on PATH. Each candidate is verified
 * to start and to be Python 3.8 or newer.
 */
export async function resolvePythonInterpreter(): Promise<InterpreterChoice> {
  const configured = vscode.workspace.getConfiguration("interviewPrep").get<string>("python.interpreterPath", "").trim();
  if (configured) {
    const problem = await checkPython(configured);
    if (problem) {
      throw new InterpreterNotFoundError(
        `The Python interpreter in the setting interviewPrep.python.interpreterPath ("${configured}") ${problem}. Fix the path or clear the setting to use python3 from PATH.`,
      );
    }
    return { command: configured, source: "setting" };
  }
  const fromExtension = await pythonExtensionInterpreter();
  if (fromExtension && !(await checkPython(fromExtension))) return { command: fromExtension, source: "python extension" };
  for (const candidate of process.platform === "win32" ? ["python", "py", "python3"] : ["python3", "python"]) {
    if (!(await checkPython(candidate))) return { command: candidate, source: "PATH" };
  }
  throw new InterpreterNotFoundError(
    "No Python 3 interpreter was found (tried the Python extension's selection, python3 and python). Install Python 3.8 or newer " +
      "(https://www.python.org/downloads/ or your package manager), or set interviewPrep.python.interpreterPath to its full path.",
  );
}

async function pythonExtensionInterpreter(): Promise<string | undefined> {
  const extension = vscode.extensions.getExtension<{
    environments?: { getActiveEnvironmentPath(resource?: vscode.Uri): { path: string } };
  }>("ms-python.python");
  if (!extension) return undefined;
  try {
    const api = extension.isActive ? extension.exports : await extension.activate();
    return api?.environments?.getActiveEnvironmentPath()?.path || undefined;
  } catch {
    return undefined;
  }
}
