// How the province shows each block workbook's seal (src/seal verifies it when the file is read,
// src/xlsx/province-read.ts): never sealed, sealed and intact, or changed since sealing.
import type { SealState } from "./types";

export const SEAL_LABELS: Readonly<Record<SealState, { vi: string; en: string }>> = {
  unknown: { vi: "chưa niêm phong / không rõ", en: "not sealed / unknown" },
  unsealed: { vi: "chưa niêm phong", en: "not sealed" },
  intact: { vi: "đã niêm phong, còn nguyên", en: "sealed, intact" },
  changed: { vi: "đã niêm phong, bị sửa sau khi niêm phong", en: "sealed, changed since" },
};
