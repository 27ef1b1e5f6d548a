import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

// pluralize (used by syllable) is UMD and takes its CommonJS branch only when `require` exists;
// in the bundled audit script it does not, so it set a global instead and every English
// syllable count, hence every audit in the extension, failed with "default is not a function".
const pluralizeAsCommonJs: Plugin = {
  name: 'balise-pluralize-commonjs',
  transform(code, id) {
    if (!/[\\/]pluralize[\\/]pluralize\.js$/.test(id)) return null;
    return code.replace("typeof require === 'function' && typeof exports", "typeof exports");
  },
};

// 140 is the ESR many administrations run, and the first Firefox with the data-collection key
// (142 on Android). Firefox asks every new add-on to declare what it sends away: Balise sends nothing.
const FIREFOX_SETTINGS = {
  gecko: { id: 'balise@balise.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
  gecko_android: { strict_min_version: '142.0' },
};

// The manifest asks for as little as possible: the audit runs only when the user presses the button
// (activeTab + scripting). Recording a procedure asks for one site's host permission at that moment.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [pluralizeAsCommonJs, preact()] }),
  hooks: {
    // WXT takes the action's and the Firefox sidebar's titles from their pages' <title>, which cannot hold a __MSG_ key;
    // the toolbar tooltip must follow the browser's language like the rest of the manifest.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
      const sidebar = (manifest as { sidebar_action?: { default_title?: string } }).sidebar_action;
      if (sidebar) sidebar.default_title = '__MSG_sidepanelTitle__';
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: ['activeTab', 'scripting', 'storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
});
