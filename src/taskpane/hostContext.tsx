// Hands the PaneHost to components: index.tsx provides Office's, tests provide a fake.
import { createContext, useContext, type ReactNode } from "react";
import type { PaneHost } from "./host";

const HostContext = createContext<PaneHost | null>(null);

export function HostProvider({ host, children }: { host: PaneHost; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHost(): PaneHost {
  const host = useContext(HostContext);
  if (!host) throw new Error("useHost() needs a <HostProvider> above it");
  return host;
}
