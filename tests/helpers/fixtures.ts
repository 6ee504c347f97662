// Shared test fixtures: the two example blocks copied from the shared folder, and parsing that fails loudly.
import { readFileSync } from "fs";
import { join } from "path";
import { parseBlock } from "../../src/core/parse";
import type { Block } from "../../src/core/types";

const EXAMPLES = join(__dirname, "..", "fixtures", "examples");

/** An example block file as JSON, e.g. loadExample("lang-son-cum-ii-2020"). */
export function loadExample(name: string): unknown {
  return JSON.parse(readFileSync(join(EXAMPLES, name.endsWith(".json") ? name : `${name}.json`), "utf8"));
}

/** The parsed block; a test block that does not parse is a broken test, so say why. */
export function parsedBlock(doc: unknown): Block {
  const { block, findings } = parseBlock(doc);
  if (!block) throw new Error(`test block does not parse: ${findings.map((f) => f.messageEn).join("; ")}`);
  return block;
}

/** The block without what the workbook itself declares (its computed ranks and awards). */
export function withoutDeclared(block: Block): Block {
  const copy = { ...block };
  delete copy.declared;
  return copy;
}
