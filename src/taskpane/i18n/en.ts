// The task pane's English texts: the same keys as vi.ts (the type makes a missing or extra key a compile error).
import type { Messages } from "./vi";

export const en: Messages = {
  "app.title": "Khối",
  "app.subtitle": "Emulation and awards",
  "language.label": "Language",
  "language.vi": "Tiếng Việt",
  "language.en": "English",
  "nav.label": "Steps of the year",

  "step.setup": "Set up",
  "step.scoring": "Scoring",
  "step.validate": "Check",
  "step.vote": "Vote",
  "step.papers": "Papers",
  "step.send": "Send",
  "step.environment": "Environment",

  "env.title": "Environment",
  "env.intro": "Where Khối is running and what this Excel supports.",
  "env.section.where": "Running in",
  "env.section.support": "Excel features",
  "env.host": "Application",
  "env.platform": "Platform",
  "env.version": "Office version",
  "env.unknown": "Unknown",
  "env.supported": "Yes",
  "env.unsupported": "No",
  "env.customFunctions": "KHOI.* functions",
  "env.customFunctionsErrors": "Functions' own error messages",
  "env.sharedRuntime": "Pane and functions share one runtime",
  "env.summary.full": "This Excel runs the KHOI.* functions and lets the Khối pane share their runtime.",
  "env.summary.noFunctions":
    "This Excel cannot run the KHOI.* functions. The Khối pane still works; for KHOI.* functions use Excel for Microsoft 365 or Excel on the web.",
  "env.summary.outside":
    "This pane is open outside Excel, or office.js could not be loaded from Microsoft. Open Khối inside Excel: Home tab → Khối.",

  "platform.PC": "Windows",
  "platform.Mac": "macOS",
  "platform.OfficeOnline": "Excel on the web",
  "platform.iOS": "iPad / iPhone",
  "platform.Android": "Android",
  "platform.Universal": "Windows (Universal app)",
  "host.Excel": "Excel",
  "host.none": "Outside Office",
};
