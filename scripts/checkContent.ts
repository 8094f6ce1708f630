// npm run check:content [-- path ...]
// Checks the whole course against docs/content-format.md and prints every problem as file:line: reason.
// With paths, only problems in files under those paths are printed (the whole course is still loaded,
// so links across guides are checked), and the exit code reflects only those.
import * as path from "node:path";
import { checkCourse } from "../src/core/content/courseCheck";
import { fsContentSource } from "../src/core/content/fsContentSource";
import { formatProblem } from "../src/core/content/types";

async function main(): Promise<void> {
  const root = path.resolve("content");
  const filters = process.argv.slice(2).map((arg) => path.relative(root, path.resolve(arg)).split(path.sep).join("/"));
  const { catalogue, problems, analyses } = await checkCourse(fsContentSource(root));
  const inScope = (file: string) =>
    filters.length === 0 || filters.some((filter) => filter === "" || file === filter || file.startsWith(`${filter}/`));
  const shown = problems.filter((problem) => inScope(problem.file));
  for (const problem of shown) console.log(formatProblem({ ...problem, file: `content/${problem.file}` }));

  const words = analyses.map((analysis) => analysis.proseWords);
  const questions = analyses.reduce((sum, analysis) => sum + analysis.questions.length, 0);
  console.log(
    `\n${catalogue.categories.length} categories, ${catalogue.guides.length} guides (${words.reduce((a, b) => a + b, 0)} words of prose, ` +
      `${questions} questions), ${catalogue.exercises.length} exercises: ` +
      (shown.length === 0 ? "no problems" : `${shown.length} problem${shown.length === 1 ? "" : "s"}`) +
      (filters.length ? ` in ${filters.map((filter) => `content/${filter}`).join(", ")}` : ""),
  );
  process.exitCode = shown.length === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
