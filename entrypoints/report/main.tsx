import { render } from 'preact';
import { reportPageApi } from '@/src/extension/report-page/report-page-api';
import { ReportApp } from '@/src/ui/report/report-app';
import '@/src/ui/shared/base.css';
import '@/src/ui/report/report-page.css';

render(<ReportApp api={reportPageApi} />, document.getElementById('app')!);
