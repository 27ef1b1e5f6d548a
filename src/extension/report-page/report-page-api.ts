import type { ReportPageApi } from '../../ui/report/report-page-api';
import { readSettings, resolveLang } from '../settings';
import { copyText } from './copy-text';
import { downloadFile } from './download-file';
import { loadReport } from './load-report';
import { readRequest } from './read-request';

/** The report page's window on the browser: its address, stored reports, downloads, clipboard. */
export const reportPageApi: ReportPageApi = {
  request: () => readRequest(location.search),
  readLang: async () => resolveLang(await readSettings()),
  load: loadReport,
  download: (file) => downloadFile(file),
  copyText: (text) => copyText(text),
};
