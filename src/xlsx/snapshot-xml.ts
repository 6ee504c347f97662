// The few XML reading tools the quick read of an .xlsx needs (src/xlsx/snapshot.ts): attributes of one tag, the text
// of an element, and entities decoded as an XML parser decodes them. The parts of an .xlsx that Khối reads quickly
// have a fixed, flat shape (SpreadsheetML), so scanning with regular expressions is enough; anything outside that
// shape makes the quick read give up and the file is read by ExcelJS instead.

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text as an XML parser hands it over: line ends normalised, entities and character references decoded. */
export function xmlText(raw: string): string {
  const text = raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw;
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref] ?? whole;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The attributes of a start tag's inside (`r="A1" s="3"`), decoded; prefixed names keep their prefix. */
export function attributesOf(inside: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (inside.indexOf("=") < 0) return out;
  for (const m of inside.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = xmlText(m[2] ?? m[3] ?? "");
  return out;
}

/** Every `<tag …>…</tag>` or `<tag …/>` in `xml`: its attributes' text and its inside (undefined when self-closed). */
export function* elements(xml: string, tag: string): Generator<{ attributes: string; inside: string | undefined }> {
  const pattern = new RegExp(`<${tag}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}>)`, "g");
  for (const m of xml.matchAll(pattern)) yield { attributes: m[1], inside: m[2] };
}

/** The inside of the first `<tag>…</tag>`, or undefined. */
export function firstInside(xml: string, tag: string): string | undefined {
  for (const element of elements(xml, tag)) return element.inside ?? "";
  return undefined;
}
