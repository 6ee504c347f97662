// What the page shown first is asked to do at once, a single time: the standalone page asks Kiểm tra to check a
// block workbook the officer has just opened (that is why it was opened). Elsewhere nothing is asked.
import { createContext, useContext } from "react";

export interface StartRequest {
  check: boolean;
  /** Set by the page that acted on it, so coming back to the page later does not act again. */
  taken: boolean;
}

export const StartRequestContext = createContext<StartRequest | null>(null);

/** True once, for the first page that asks whether it should `what` at once. */
export function useStartRequest(what: "check"): () => boolean {
  const request = useContext(StartRequestContext);
  return () => {
    if (!request || !request[what] || request.taken) return false;
    request.taken = true;
    return true;
  };
}
