// Which browser engine runs the pane, for the Môi trường page (IT staff ask "which webview?"). Read from the user
// agent for display only: the start-up guard in taskpane.html decides by feature tests, never by this.

/** A short name of the engine ("Microsoft Edge WebView2 (Edge 120)", "Safari WebKit (WKWebView)" …), null when unknown. */
export function webviewOf(userAgent: string, platform: string | null): string | null {
  const ua = userAgent;
  const version = (pattern: RegExp) => pattern.exec(ua)?.[1];
  if (/Trident\/|MSIE /.test(ua)) return "Internet Explorer 11";
  const edgeHtml = version(/\bEdge\/(\d+)/);
  if (edgeHtml) return `Microsoft Edge (EdgeHTML ${edgeHtml})`;
  const edge = version(/\bEdg\/(\d+)/);
  // Inside desktop Excel on Windows a Chromium Edge engine is WebView2; in a browser it is Edge itself.
  if (edge) return platform === "PC" ? `Microsoft Edge WebView2 (Edge ${edge})` : `Microsoft Edge ${edge}`;
  const firefox = version(/\bFirefox\/(\d+)/);
  if (firefox) return `Firefox ${firefox}`;
  const chrome = version(/Chrome\/(\d+)/);
  if (chrome) return `Chromium ${chrome}`;
  if (/AppleWebKit\//.test(ua)) {
    const safari = version(/Version\/(\d+(?:\.\d+)?).*Safari\//);
    // Office on Mac and iPad hosts the pane in a WKWebView, whose user agent names no Safari version.
    return safari ? `Safari ${safari}` : "Safari WebKit (WKWebView)";
  }
  return null;
}
