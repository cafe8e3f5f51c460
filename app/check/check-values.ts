import type { z } from "zod";
import type { CheckFields } from "./check-schema";

// What the /check page holds and refills, without zod: the browser loads this module.

export type CheckValues = z.output<typeof CheckFields>;

export const BLANK_CHECK: CheckValues = { intent: "analyze", text: "", language: "", drop: false };
