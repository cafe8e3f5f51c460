import { runAnalyzerBench } from "./analyzer-bench";
import { runMarketBench } from "./market-bench";
import { runStartupBench } from "./startup-bench";

// `npm run bench`: prints numbers; nothing here asserts on time.
await runStartupBench();
await runAnalyzerBench();
await runMarketBench();
