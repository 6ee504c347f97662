// The pane's only door to Office: components read the environment through a PaneHost, never `Office` itself,
// so tests and the future standalone page can hand in their own.
import { highestExcelApi } from "../office/requirements";
import { webviewOf } from "./webview";

/** Requirement sets the pane reports on; the manifest gates the functions on the first and last. */
export const REQUIREMENT_SETS = {
  customFunctions: { name: "CustomFunctionsRuntime", version: "1.1" },
  customFunctionsErrors: { name: "CustomFunctionsRuntime", version: "1.2" },
  sharedRuntime: { name: "SharedRuntime", version: "1.1" },
} as const;

export type RequirementId = keyof typeof REQUIREMENT_SETS;

export interface Environment {
  /** "Excel" inside Excel; null when the pane runs outside Office or office.js did not load. */
  host: string | null;
  /** Office's platform name ("PC", "Mac", "OfficeOnline", …), null when unknown. */
  platform: string | null;
  /** Office build, e.g. "16.0.17928.20114", when the host reports it. */
  version: string | null;
  support: Record<RequirementId, boolean>;
  /** The highest ExcelApi requirement set supported ("1.17"); null when none or unknown. */
  excelApi?: string | null;
  /** The browser engine the pane runs in ("Microsoft Edge WebView2 (Edge 120)"); null when unknown. */
  webview?: string | null;
}

export type ThemeKind = "light" | "dark";

export interface PaneHost {
  readEnvironment(): Environment;
  /** The Office theme's lightness, null when Office gives no theme (Excel on the web, outside Office). */
  readTheme(): ThemeKind | null;
}

/** The parts of office.js the host reads; typed loosely because older hosts lack some of them. */
export interface OfficeLike {
  context?: {
    host?: unknown;
    platform?: unknown;
    diagnostics?: { version?: unknown };
    requirements?: { isSetSupported(name: string, version?: string): boolean };
    officeTheme?: { bodyBackgroundColor?: unknown };
  };
}

const NO_SUPPORT: Record<RequirementId, boolean> = {
  customFunctions: false,
  customFunctionsErrors: false,
  sharedRuntime: false,
};

/** A host for a pane opened outside Office (or with office.js blocked): nothing is supported. */
export const detachedHost: PaneHost = {
  readEnvironment: () => ({ host: null, platform: null, version: null, support: { ...NO_SUPPORT } }),
  readTheme: () => null,
};

/** `userAgent` names the engine for the Môi trường page; the browser's own by default. */
export function createOfficeHost(office: OfficeLike, userAgent: string = typeof navigator === "undefined" ? "" : navigator.userAgent): PaneHost {
  return {
    readEnvironment() {
      const context = office.context;
      const host = text(context?.host);
      if (!context || !host) return detachedHost.readEnvironment();
      const support = { ...NO_SUPPORT };
      for (const id of Object.keys(REQUIREMENT_SETS) as RequirementId[]) {
        const { name, version } = REQUIREMENT_SETS[id];
        support[id] = context.requirements?.isSetSupported(name, version) === true;
      }
      const platform = text(context.platform);
      return {
        host,
        platform,
        version: text(context.diagnostics?.version),
        support,
        excelApi: highestExcelApi(context.requirements),
        webview: webviewOf(userAgent, platform),
      };
    },
    readTheme() {
      const background = text(office.context?.officeTheme?.bodyBackgroundColor);
      const luminance = background ? relativeLuminance(background) : null;
      if (luminance === null) return null;
      return luminance < 0.4 ? "dark" : "light";
    },
  };
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const s = String(value).trim();
  return s === "" ? null : s;
}

/** Luminance (0 black … 1 white) of "#rrggbb" / "#rgb"; null for anything else. */
export function relativeLuminance(colour: string): number | null {
  let hex = colour.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
