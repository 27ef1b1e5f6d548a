import { render } from 'preact';
import { popupApi } from '@/src/extension/popup-api';
import { PopupApp } from '@/src/ui/popup/popup-app';
import '@/src/ui/shared/base.css';

render(<PopupApp api={popupApi} />, document.getElementById('app')!);
