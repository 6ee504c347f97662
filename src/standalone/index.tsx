// Boots the standalone page: no office.js, the pane's providers (language remembered like in the pane), the page.
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { detachedHost } from "../taskpane/host";
import { HostProvider } from "../taskpane/hostContext";
import { TextProvider } from "../taskpane/i18n/text";
import { readSavedLanguage, saveLanguage } from "../preferences/language";
import { StandaloneApp } from "./StandaloneApp";

const container = document.getElementById("root");
if (!container) throw new Error("app.html has no #root element");
createRoot(container).render(
  <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
    <HostProvider host={detachedHost}>
      <TextProvider initialLang={readSavedLanguage()} onLangChange={saveLanguage}>
        <StandaloneApp />
      </TextProvider>
    </HostProvider>
  </FluentProvider>,
);
