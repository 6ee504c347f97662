// Renders pane parts the way index.tsx does (Fluent, host, texts) with a fake host, for the jsdom tests.
import type { ReactElement } from "react";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Environment, PaneHost } from "../../src/taskpane/host";
import { HostProvider } from "../../src/taskpane/hostContext";
import { TextProvider, type Lang } from "../../src/taskpane/i18n/text";

// jsdom has no layout, hence no ResizeObserver; Fluent's MessageBar asks for one. Nothing ever resizes here.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

export function fakeHost(environment: Environment): PaneHost {
  return { readEnvironment: () => environment, readTheme: () => "light" };
}

export const EXCEL_ON_MAC: Environment = {
  host: "Excel",
  platform: "Mac",
  version: "16.89.24091630",
  support: { customFunctions: true, customFunctionsErrors: true, sharedRuntime: true },
};

export function renderPane(ui: ReactElement, host: PaneHost, options: { lang?: Lang; onLangChange?(lang: Lang): void } = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <HostProvider host={host}>
        <TextProvider initialLang={options.lang} onLangChange={options.onLangChange}>
          {ui}
        </TextProvider>
      </HostProvider>
    </FluentProvider>,
  );
}
