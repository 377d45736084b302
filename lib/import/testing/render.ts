// A printed report (./printed.ts) in the input forms the parser reads: a
// saved web page with the site's chrome around it (UTF-8, and a GBK copy), the
// text a browser copy gives with tables flattened to one cell per line (cells
// separated by an empty line, as zhanggong-finance-2020.txt), and the text of
// a copy that keeps table rows as TAB-separated cells.
import iconv from 'iconv-lite';
import type { Fixture } from './fixture';
import type { PrintedBlock, PrintedCell } from './printed';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlCell(cell: PrintedCell): string {
  const spans = `${cell.rowSpan && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
  // Word's HTML writes a blank cell as a paragraph holding a non-breaking space.
  const body = cell.text === '' ? '&nbsp;' : cell.text.split('\n').map((part) => `<span style="font-family:宋体;font-size:10.5pt">${escape(part)}</span>`).join('<br/>');
  return `<td${spans} valign="center" style="border:1px solid #000;padding:2px 4px"><p align="center" style="margin:0">${body}</p></td>`;
}

function htmlBlock(block: PrintedBlock): string {
  switch (block.kind) {
    case 'title':
      return '';
    case 'heading':
      return `<p style="text-indent:2em;line-height:28pt"><strong><span style="font-family:黑体">${escape(block.text)}</span></strong></p>`;
    case 'paragraph':
      return `<p style="text-indent:2em;line-height:28pt">&nbsp;&nbsp;<span style="font-family:仿宋_GB2312;font-size:16pt">${escape(block.text)}</span></p>`;
    case 'signature':
      return `<p style="text-align:right"><span>${escape(block.text)}</span>&nbsp;&nbsp;&nbsp;&nbsp;</p>`;
    case 'table':
      return `<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">\n<tbody>\n${block.rows
        .map((row) => `<tr>${row.map(htmlCell).join('')}</tr>`)
        .join('\n')}\n</tbody>\n</table>`;
  }
}

const previousTitle = (fixture: Fixture) => fixture.title.replace(String(fixture.year), String(fixture.year - 1));

/** The report as a government site serves it: navigation, breadcrumb, 关怀版 link, 访问量, share bar, footer. */
export function htmlPage(fixture: Fixture, blocks: PrintedBlock[], charset = 'utf-8'): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${escape(fixture.title)}_章贡区人民政府</title>
<meta name="SiteName" content="章贡区人民政府">
<style>.top-links a{margin:0 4px}.hide{display:none}</style>
<script>var _hmt = _hmt || []; document.write("<div>统计</div>");</script>
</head>
<body>
<div class="top-links"><a href="/care">关怀版</a> <a href="/wza">无障碍</a> <a href="/login">登录</a></div>
<div class="site-head"><h1 class="logo">赣州市章贡区人民政府</h1></div>
<nav class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></nav>
<div class="location">您当前所在位置：<a href="/">首页</a>&gt;<a href="/bmgk">部门信息公开目录</a>&gt;${escape(fixture.department)}&gt;年度报告</div>
<div class="related-box"><h3>往年报告</h3><ul><li><a href="/old">${escape(previousTitle(fixture))}</a></li></ul></div>
<div class="article">
<h2 class="article-title">${escape(fixture.title)}</h2>
<div class="article-info">发布时间：${fixture.publishedOn} 09:30 &nbsp; 来源：${escape(fixture.department)} &nbsp; 访问量：<span id="visits"></span> &nbsp; 字号：<a>大</a> <a>中</a> <a>小</a></div>
<div class="hide">隐藏的统计代码</div>
<div class="TRS_Editor">
${blocks.map(htmlBlock).filter(Boolean).join('\n')}
</div>
<div class="bdsharebuttonbox">分享到：<a>微信</a><a>微博</a></div>
<div class="article-tools"><a>【打印本页】</a> <a>【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办单位：赣州市章贡区人民政府办公室　版权所有</p><p>赣ICP备05004530号　政府网站标识码：3607020001</p></div>
</body>
</html>
`;
}

/** The same page saved in GBK (older sites serve GB2312/GBK). */
export function gbkPage(fixture: Fixture, blocks: PrintedBlock[]): Uint8Array {
  const html = htmlPage(fixture, blocks, 'gbk');
  const bytes = iconv.encode(html, 'gbk');
  if (iconv.decode(bytes, 'gbk') !== html) throw new Error(`fixture ${fixture.name} has characters outside GBK`);
  return new Uint8Array(bytes);
}

const chromeBefore = (fixture: Fixture) => [
  '关怀版 无障碍 登录',
  `您当前所在位置: 首页>部门信息公开目录>${fixture.department}>年度报告`,
  '往年报告',
  previousTitle(fixture),
];
const chromeAfter = ['分享到：微信 微博', '【打印本页】 【关闭窗口】', '主办单位：赣州市章贡区人民政府办公室　版权所有', '赣ICP备05004530号　政府网站标识码：3607020001'];

/** A browser copy with tables flattened: every block and every cell on its own line, one empty line between. */
export function cellPerLineText(fixture: Fixture, blocks: PrintedBlock[]): string {
  const pieces: string[] = [...chromeBefore(fixture)];
  for (const block of blocks) {
    if (block.kind === 'table') for (const row of block.rows) for (const cell of row) pieces.push(cell.text);
    else pieces.push(block.text);
    if (block.kind === 'title') pieces.push(`发布时间：${fixture.publishedOn} 来源：${fixture.department}`, '访问量:');
  }
  pieces.push(...chromeAfter);
  return `${pieces.join('\n\n')}\n`;
}

/** A browser copy that keeps table rows: one row per line, cells separated by TABs (merged cells once). */
export function tabRowsText(fixture: Fixture, blocks: PrintedBlock[]): string {
  const lines: string[] = [...chromeBefore(fixture)];
  for (const block of blocks) {
    if (block.kind === 'table') lines.push(...block.rows.map((row) => row.map((cell) => cell.text.replace(/\n/g, '')).join('\t')));
    else lines.push(block.text);
    if (block.kind === 'title') lines.push(`发布时间：${fixture.publishedOn}　来源：${fixture.department}　访问量：1024　字号：【大 中 小】`);
  }
  lines.push(...chromeAfter);
  return `${lines.join('\r\n')}\r\n`;
}
