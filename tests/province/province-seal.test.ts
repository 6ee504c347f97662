// The province sees each block workbook's seal: never sealed, sealed and intact, or changed after sealing (a score
// typed over in the sealed file) — verified against the file's cells when it is read.
import ExcelJS from "exceljs";
import { readProvinceBytes } from "../../src/xlsx/province-read";
import { sealFile } from "../../src/xlsx/seal";
import { writeWorkbook } from "../../src/xlsx/write";
import { loadExample, parsedBlock } from "../helpers/fixtures";

async function typeOver(data: Uint8Array, sheet: string, address: string, value: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  wb.getWorksheet(sheet)!.getCell(address).value = value;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("unsealed, sealed and intact, and changed since sealing", async () => {
  const plain = await writeWorkbook(parsedBlock(loadExample("lang-son-cum-ii-2020")), { formulas: "native" });
  const sealed = await sealFile(plain, "Nguyễn Văn An", new Date("2021-01-06T03:00:00Z"));
  expect(sealed.bytes).toBeDefined();
  const changed = await typeOver(sealed.bytes!, "Chấm điểm", "E16", 9);

  const seal = async (name: string, bytes: Uint8Array) => {
    const outcome = await readProvinceBytes({ name, modified: 0 }, bytes);
    if (!("block" in outcome) || !outcome.block) throw new Error(`${name} was not read as a block`);
    return outcome.block.seal;
  };
  expect(await seal("plain.xlsx", plain)).toBe("unsealed");
  expect(await seal("sealed.xlsx", sealed.bytes!)).toBe("intact");
  expect(await seal("changed.xlsx", changed)).toBe("changed");
});
