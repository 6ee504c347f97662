// Who the Nhật ký names for a command-line change: --who, else the login name, else "Khối".
import { userInfo } from "os";

export function officerName(given: string | undefined): string {
  if (given && given.trim() !== "") return given.trim();
  try {
    const name = userInfo().username;
    return name && name.trim() !== "" ? name : "Khối";
  } catch {
    return "Khối";
  }
}
