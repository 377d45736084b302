// A published report as PDF: Chromium prints the public report page (its
// print styles: the official layout without the site's navigation) to A4.
// One browser per server process, started on the first request and closed
// after a minute without work; at most two pages print at once and a few more
// wait, so a burst of requests for uncached PDFs cannot exhaust the machine.
// The page is loaded from this same server over loopback with JavaScript off
// (nothing runs, nothing is counted as a visit).
import 'server-only';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { serverEnv } from '@/lib/env';

const PARALLEL = 2;
const MAX_WAITING = 8;
const IDLE_CLOSE_MS = 60_000;
const PAGE_TIMEOUT_MS = 20_000;

/** Thrown when no PDF can be printed now: Chromium is missing, or too many PDFs are being printed. */
export class PdfUnavailableError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number | null,
  ) {
    super(message);
  }
}

let browser: Promise<Browser> | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let running = 0;
const waiting: (() => void)[] = [];

function launch(): Promise<Browser> {
  const executablePath = serverEnv().CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    return Promise.reject(new PdfUnavailableError('PDF 版暂不可用：服务器未安装打印所需的浏览器。', null));
  }
  browser ??= chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] }).then((launched) => {
    launched.on('disconnected', () => {
      browser = null;
    });
    return launched;
  });
  browser.catch(() => {
    browser = null;
  });
  return browser;
}

async function slot(): Promise<void> {
  if (running < PARALLEL) {
    running += 1;
    return;
  }
  if (waiting.length >= MAX_WAITING) throw new PdfUnavailableError('PDF 版生成繁忙，请稍后再试。', 5);
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release() {
  const next = waiting.shift();
  if (next) next();
  else running -= 1;
  if (running === 0) {
    idleTimer = setTimeout(() => {
      const open = browser;
      browser = null;
      void open?.then((instance) => instance.close()).catch(() => undefined);
    }, IDLE_CLOSE_MS);
    idleTimer.unref();
  }
}

/** The address of this server for loopback requests (Next sets PORT when it starts). */
export function loopbackUrl(path: string): string {
  return new URL(path, `http://127.0.0.1:${process.env.PORT || 3000}`).toString();
}

/**
 * Prints the page at `path` (a public report page on this server) to an A4 PDF.
 * The PDF carries `title` as its document title.
 */
export async function printPageToPdf(path: string): Promise<Buffer> {
  await slot();
  if (idleTimer) clearTimeout(idleTimer);
  try {
    const instance = await launch();
    const context = await instance.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      const response = await page.goto(loopbackUrl(path), { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
      if (!response?.ok()) throw new Error(`PDF: ${path} answered HTTP ${response?.status() ?? 'nothing'}`);
      await page.emulateMedia({ media: 'print' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        // GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
        margin: { top: '37mm', bottom: '35mm', left: '28mm', right: '26mm' },
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate:
          '<div style="width:100%;text-align:center;font-size:10pt;font-family:serif">— <span class="pageNumber"></span> —</div>',
      });
    } finally {
      await context.close().catch(() => undefined);
    }
  } finally {
    release();
  }
}
