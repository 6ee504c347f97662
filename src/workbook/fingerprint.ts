// A stable fingerprint of a criteria tree: FNV-1a 64-bit over canonical JSON. Detects a changed table, not tampering.
// (A SHA-256 needs a library or Web Crypto's async API; the pure core has neither, and this only spots edits.)
import type { CriterionNode } from "../core/types";

/** JSON with object keys sorted and strings NFC-normalised, so equal trees give equal text whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return JSON.stringify(value.normalize("NFC"));
  if (typeof value === "number") return Number.isFinite(value) ? JSON.stringify(value) : "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.keys(value as Record<string, unknown>)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k.normalize("NFC"))}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(",")}}`;
  }
  return "null";
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a 64-bit of the UTF-8 bytes of text, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, "0");
}

/** "fnv1a64:<hex>" of the canonical JSON of the criteria tree. */
export function criteriaFingerprint(criteria: readonly CriterionNode[] | unknown): string {
  return `fnv1a64:${fnv1a64(canonicalJson(criteria ?? []))}`;
}

/** A block's id: its own `block.id` when the file has one, else a hash of name and year (stable across edits of scores). */
export function blockId(block: { block: { name: string; year: number } }): string {
  const own = (block.block as { id?: unknown }).id;
  if (typeof own === "string" && own.trim() !== "") return own.trim();
  return `fnv1a64:${fnv1a64(canonicalJson({ name: block.block.name, year: block.block.year }))}`;
}
