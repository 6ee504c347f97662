// Breaks KHOI.* formulas by hand in a real .xlsx, as Excel saves them: the sheet XML's <f> text edited (an
// `_xldudf_` prefix, a `[1]!` book index with its externalLink part, a quoted add-in path), the package rezipped
// with fflate. Returns the edited bytes and every cell edited (sheet name and A1 address, with the new formula).
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export interface BrokenCell {
  sheet: string;
  address: string;
  formula: string;
}

/** One edit: which function's calls it touches, how the call is rewritten, and how many cells at most (in order). */
export interface Breakage {
  fn: string;
  rewrite: (call: string) => string;
  limit?: number;
}

const unescape = (xml: string): string => xml.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Sheet part path → sheet name, from workbook.xml and its relationships. */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const workbook = strFromU8(files["xl/workbook.xml"]);
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, "").replace(/^\//, ""));
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescape(/name="([^"]+)"/.exec(m[0])?.[1] ?? "");
    const id = /r:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (target) parts.set(`xl/${target}`, name);
  }
  return parts;
}

/** Adds xl/externalLinks/externalLink1.xml pointing at an add-in file, as Excel does for `[1]!` references. */
function addExternalLink(files: Record<string, Uint8Array>): void {
  files["xl/externalLinks/externalLink1.xml"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><definedNames>' +
    '<definedName name="KHOI.TOTAL"/></definedNames></externalBook></externalLink>',
  );
  files["xl/externalLinks/_rels/externalLink1.xml.rels"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" ' +
    'Target="file:///C:\\Users\\canbo\\AppData\\Roaming\\Microsoft\\AddIns\\khoi.xlam" TargetMode="External"/></Relationships>',
  );
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  files["xl/_rels/workbook.xml.rels"] = strToU8(rels.replace("</Relationships>",
    '<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>'));
  const workbook = strFromU8(files["xl/workbook.xml"]);
  files["xl/workbook.xml"] = strToU8(workbook.replace("</sheets>", '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>'));
  const types = strFromU8(files["[Content_Types].xml"]);
  files["[Content_Types].xml"] = strToU8(types.replace("</Types>",
    '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>'));
}

/** Applies the breakages to every <f> of every sheet (sheet order, then cell order); adds the externalLink part
 *  when a rewrite writes `[1]!`. Cached values of the edited cells become #NAME?, as Excel shows them. */
export function breakFormulas(bytes: Uint8Array, breakages: readonly Breakage[]): { bytes: Uint8Array; cells: BrokenCell[] } {
  const files = unzipSync(bytes);
  const parts = sheetParts(files);
  const cells: BrokenCell[] = [];
  const used = breakages.map(() => 0);
  const paths = [...parts.keys()].sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  for (const path of paths) {
    const sheet = parts.get(path)!;
    const xml = strFromU8(files[path]);
    const edited = xml.replace(/<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)<\/f>(?:<v>[^<]*<\/v>)?<\/c>/g, (whole, address: string, attrs: string, body: string) => {
      const formula = unescape(body);
      const i = breakages.findIndex((b, k) => formula.includes(`${b.fn}(`) && (b.limit === undefined || used[k] < b.limit));
      if (i < 0) return whole;
      used[i]++;
      const broken = formula.split(`${breakages[i].fn}(`).join(`${breakages[i].rewrite(breakages[i].fn)}(`);
      cells.push({ sheet, address, formula: broken });
      const plainAttrs = attrs.replace(/\s+t="[^"]*"/, "");
      return `<c r="${address}"${plainAttrs} t="e"><f>${escape(broken)}</f><v>#NAME?</v></c>`;
    });
    files[path] = strToU8(edited);
  }
  if (cells.some((c) => c.formula.includes("[1]!"))) addExternalLink(files);
  return { bytes: zipSync(files), cells };
}
