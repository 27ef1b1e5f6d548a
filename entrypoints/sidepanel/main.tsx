import { render } from 'preact';
import { sidepanelApi } from '@/src/extension/recording/sidepanel-api';
import { SidepanelApp } from '@/src/ui/sidepanel/sidepanel-app';
import '@/src/ui/shared/base.css';
import '@/src/ui/sidepanel/sidepanel.css';

render(<SidepanelApp api={sidepanelApi} />, document.getElementById('app')!);
