// SHA-256 of text (UTF-8), as "sha256:<64 hex digits>". @noble/hashes: audited, synchronous, no Node or DOM API, so
// the same code runs in the CLI, the task pane and the standalone page.
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export const sealHash = (text: string): string => `sha256:${sha256Hex(text)}`;
