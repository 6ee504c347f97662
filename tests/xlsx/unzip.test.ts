// The two ways of unzipping a workbook under the limits (src/xlsx/unzip.ts) give the same parts, and fail the same way
// on a damaged or oversized file: fflate's inflater and the platform's (DecompressionStream, as in the browser).
import { Zip, ZipDeflate, ZipPassThrough, strToU8, zipSync } from "fflate";
import { checkPackage, checkPackageQuickly, WorkbookReadError } from "../../src/xlsx/package";
import { unzipWithinLimits, unzipWithinLimitsQuickly } from "../../src/xlsx/unzip";
import { writeWorkbook } from "../../src/xlsx/write";
import { syntheticParsedBlock } from "../helpers/synthetic-block";
import { TABLES, tableBytes } from "../fixtures/tables/make-tables";

/** A zip written as a stream (sizes after the data, as fflate and some generators do), with a stored and an empty part. */
function streamedZip(): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => { if (error) throw error; chunks.push(data); });
  const add = (file: ZipDeflate | ZipPassThrough, text: string) => { zip.add(file); file.push(strToU8(text), true); };
  add(new ZipDeflate("xl/workbook.xml", { level: 6 }), "<workbook>" + "<x/>".repeat(5000) + "</workbook>");
  add(new ZipPassThrough("stored.txt"), "không nén");
  add(new ZipDeflate("empty.xml", { level: 6 }), "");
  zip.end();
  return new Uint8Array(Buffer.concat(chunks));
}

describe("the platform's inflater gives the parts fflate gives", () => {
  it("on a block workbook, the officer's tables, a streamed zip and a zip with an empty part", async () => {
    const files = [
      await writeWorkbook(syntheticParsedBlock(15, 40, 3), { formulas: "native" }),
      ...(await Promise.all(TABLES.slice(0, 3).map((spec) => tableBytes(spec)))),
      streamedZip(),
      zipSync({ "a.xml": strToU8("<a>ạ</a>"), "b.bin": new Uint8Array(0), "c/": new Uint8Array(0) }),
    ];
    for (const bytes of files) {
      const quick = await unzipWithinLimitsQuickly(bytes);
      expect(quick).toEqual(unzipWithinLimits(bytes));
      expect(quick.size).toBeGreaterThan(1);
    }
  });

  it("a file cut short is damaged for both, with the same message", async () => {
    const whole = await writeWorkbook(syntheticParsedBlock(4, 3, 1), { formulas: "native" });
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
    const message = (() => { try { checkPackage(cut); } catch (error) { return (error as Error).message; } return ""; })();
    expect(message).toMatch(/bị hỏng/);
    await expect(checkPackageQuickly(cut)).rejects.toThrow(WorkbookReadError);
    await expect(checkPackageQuickly(cut)).rejects.toThrow(message);
  });

  it("corrupt deflate data is damaged too, not a crash", async () => {
    const bytes = zipSync({ "xl/workbook.xml": strToU8("<workbook>" + "abc".repeat(3000) + "</workbook>") }, { level: 9 });
    const broken = bytes.slice();
    for (let i = 60; i < 120; i++) broken[i] ^= 0xa5; // inside the compressed data, after the local header
    await expect(checkPackageQuickly(broken)).rejects.toThrow(/bị hỏng/);
    expect(() => checkPackage(broken)).toThrow(/bị hỏng/);
  });
});
