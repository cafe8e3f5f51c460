import { runAnalyzerBench } from "./analyzer-bench";
import { runStartupBench } from "./startup-bench";

// `npm run bench`: prints numbers; nothing here asserts on time.
await runStartupBench();
await runAnalyzerBench();
