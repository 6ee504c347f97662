// Who the Nhật ký names for a command-line change: --who, else the officer the workbook remembers (the name given in
// the pane, src/workbook/officer.ts), else the login name, else "Khối".
import { userInfo } from "os";

export function officerName(given: string | undefined, remembered?: string): string {
  if (given && given.trim() !== "") return given.trim();
  if (remembered && remembered.trim() !== "") return remembered.trim();
  try {
    const name = userInfo().username;
    return name && name.trim() !== "" ? name : "Khối";
  } catch {
    return "Khối";
  }
}
