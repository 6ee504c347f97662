// Blocks for the Office adapter's tests and the bench: a built-in template with a few named units, and
// synthetic blocks of any size (every leaf type, four weighted groups, bonus and penalty).
import type { Block } from "../../src/core/types";
import { parsedBlock } from "../helpers/fixtures";
import { syntheticParsedBlock } from "../helpers/synthetic-block";
import { enterpriseTemplate } from "../../src/templates/enterprise";
import { instantiateTemplate, type BlockTemplate } from "../../src/templates";

/** The enterprise template (17 leaves) with these units. */
export function templateBlock(units: [id: string, name: string][], template: BlockTemplate = enterpriseTemplate): Block {
  return parsedBlock(instantiateTemplate(template, { blockName: "Cụm thi đua số 2", year: 2025, units: units.map(([id, name]) => ({ id, name })) }));
}

/** `unitCount` units and about `leafCount` leaves: the shared synthetic block (every leaf type, weighted groups). */
export function syntheticBlock(unitCount: number, leafCount: number): Block {
  return syntheticParsedBlock(unitCount, leafCount);
}
