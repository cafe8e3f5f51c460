import { runAnalyzerBench } from "./analyzer-bench";
import { runMarketBench } from "./market-bench";
import { load, printTable } from "./report";
import { runServerBench } from "./server-bench";
import { runStartupBench } from "./startup-bench";

// `npm run bench`: prints numbers; nothing here asserts on time. The machine may be shared,
// so each figure stands next to a floor measured in the same run, and the load is printed.
console.log(`load average at start (1 / 5 / 15 min): ${load()}`);
await runStartupBench();
await runServerBench();
printTable();
console.log(`load average after the table: ${load()}`);
await runAnalyzerBench();
await runMarketBench();
