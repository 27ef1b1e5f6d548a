interface PanelApis {
  chrome?: { sidePanel?: { open(options: { tabId: number }): Promise<void> } };
  browser?: { sidebarAction?: { open(): Promise<void> } };
}

/**
 * Opens the recorder next to the page: Chrome's side panel, Firefox's sidebar. Both only open
 * during a user gesture, so this must be the first call of a click handler (no await before it).
 */
export function openRecorderPanel(tabId: number): Promise<void> {
  const apis = globalThis as PanelApis;
  if (apis.chrome?.sidePanel) return apis.chrome.sidePanel.open({ tabId });
  if (apis.browser?.sidebarAction) return apis.browser.sidebarAction.open();
  return Promise.reject(new Error('No side panel in this browser'));
}
