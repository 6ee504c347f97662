// Property: for random blocks and random filled forms, importing the forms and then evaluating the master gives the
// same result as putting the same numbers into the block file directly.
import fc from "fast-check";
import { evaluate } from "../../src/core/evaluate";
import { parseBlock } from "../../src/core/parse";
import type { Block } from "../../src/core/types";
import { importLogEntries, planImport } from "../../src/forms/plan";
import { criterionRows } from "../../src/workbook/tree";
import { readMasterGrids, readReturnedFile, updateMasterFile, writeFormFile } from "../../src/xlsx/forms";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { generateBlock, rng } from "../helpers/generate-block";
import { fillForm, type FormEdit } from "./fill";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What a unit types: a value in range for each criterion it fills, sometimes as Vietnamese text ("12,5"). */
function typedValues(block: Block, seed: number): Map<string, { typed: string | number; value: number | boolean }> {
  const r = rng(seed);
  const out = new Map<string, { typed: string | number; value: number | boolean }>();
  for (const row of criterionRows(block.criteria)) {
    const leaf = row.leaf;
    if (!leaf || leaf.invalid || r() < 0.3) continue;
    switch (leaf.type) {
      case "yesno": {
        const yes = r() < 0.5;
        out.set(leaf.code, { typed: yes ? "Có" : "Không", value: yes });
        break;
      }
      case "count": {
        const n = Math.floor(r() * 6);
        out.set(leaf.code, { typed: n, value: n });
        break;
      }
      default: {
        const top = leaf.type === "target" ? 3 * Math.max(1, leaf.max) * 10 : leaf.max;
        const v = Math.round(r() * top * 100) / 100;
        out.set(leaf.code, r() < 0.3 ? { typed: String(v).replace(".", ","), value: v } : { typed: v, value: v });
      }
    }
  }
  return out;
}

test("import then evaluate equals the same numbers typed into the block file", async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 3 }), async (blockSeed, fillSeed, howMany) => {
      const doc = generateBlock(blockSeed) as Json;
      const block = parseBlock(doc).block!;
      const master = await writeWorkbook(block, { formulas: "native" });
      const expected = JSON.parse(JSON.stringify(doc)) as Json;
      expected.scores ??= {};
      expected.scores.self ??= {};
      delete expected.declared;
      const files = [];
      const units = block.units.filter((_, i) => (i + fillSeed) % block.units.length < howMany);
      for (const [i, unit] of units.entries()) {
        const values = typedValues(block, fillSeed + i);
        const edits: FormEdit[] = [...values].map(([code, v]) => ({ code, value: v.typed }));
        const { bytes } = await writeFormFile(block, unit.id);
        files.push(await readReturnedFile(`${unit.id}.xlsx`, await fillForm(bytes, edits)));
        for (const [code, v] of values) (expected.scores.self[unit.id] ??= {})[code] = v.value;
      }
      const plan = planImport(await readMasterGrids(master), files);
      expect(plan.files.map((f) => [f.file, f.status, f.problems])).toEqual(files.map((f) => [f.name, "accepted", []]));
      const updated = await updateMasterFile(master, plan.changes.map((c) => ({ cell: c.cell, value: c.new })), importLogEntries(plan, "2021-01-01T00:00:00Z", "test"));
      const got = evaluate((await readWorkbook(updated)).doc);
      const want = evaluate(expected);
      expect(got.units.map((u) => [u.id, u.base, u.bonus, u.penalty, u.total, u.rank, u.award])).toEqual(want.units.map((u) => [u.id, u.base, u.bonus, u.penalty, u.total, u.rank, u.award]));
    }),
    { numRuns: 12 },
  );
}, 120_000);
