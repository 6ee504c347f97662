// Boots the task pane once: Office.onReady → createRoot → FluentProvider (Office's light/dark) → App.
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { createOfficeHost, detachedHost, type PaneHost } from "./host";
import { HostProvider } from "./hostContext";
import { TextProvider } from "./i18n/text";
import { readSavedLanguage, saveLanguage } from "../preferences/language";

function render(host: PaneHost) {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const theme = host.readTheme() === "dark" ? webDarkTheme : webLightTheme;
  createRoot(container).render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <HostProvider host={host}>
        <TextProvider initialLang={readSavedLanguage()} onLangChange={saveLanguage}>
          <App />
        </TextProvider>
      </HostProvider>
    </FluentProvider>,
  );
}

// office.js comes from Microsoft's CDN; when it is blocked the pane still opens and says so.
if (typeof Office === "undefined") {
  render(detachedHost);
} else {
  Office.onReady(() => render(createOfficeHost(Office)));
}
