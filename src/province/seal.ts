// Hook for the seal of issue 14 (not built yet): whether a block workbook was sealed and the seal still verifies.
// Until then every block is "unknown" and the consolidated workbook says so; when the seal exists, this one function
// reads it from the workbook's document and the rest of the province view (summary column, JSON) already carries it.
import type { SealState } from "./types";

export function sealState(_doc: unknown): SealState {
  return "unknown";
}

export const SEAL_LABELS: Readonly<Record<SealState, { vi: string; en: string }>> = {
  unknown: { vi: "chưa niêm phong / không rõ", en: "not sealed / unknown" },
  unsealed: { vi: "chưa niêm phong", en: "not sealed" },
  intact: { vi: "đã niêm phong, còn nguyên", en: "sealed, intact" },
  changed: { vi: "đã niêm phong, bị sửa sau khi niêm phong", en: "sealed, changed since" },
};
