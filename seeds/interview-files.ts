import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { competenciesFromFile, type Competency, type QuestionBankFile } from "#app/cards/question-bank";

const INTERVIEW_DIR = join(fileURLToPath(new URL(".", import.meta.url)), "interview");

export interface SeedQuestionBank {
  version: string;
  competencies: Competency[];
}

/** The question bank as shipped in seeds/interview/, files in name order. */
export function loadSeedQuestionBank(dir = INTERVIEW_DIR): SeedQuestionBank {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const competencies = files.flatMap((f) =>
    competenciesFromFile(JSON.parse(readFileSync(join(dir, f), "utf8")) as QuestionBankFile),
  );
  const version = createHash("sha256").update(JSON.stringify(competencies)).digest("hex").slice(0, 12);
  return { version, competencies };
}
