// Dates and times as the portal shows them (China time).
const TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(value: string | Date): string {
  return new Date(value).toLocaleString('zh-CN', { timeZone: TIME_ZONE, hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

export function formatClock(value: string | Date): string {
  return new Date(value).toLocaleTimeString('zh-CN', { timeZone: TIME_ZONE, hour12: false, hour: '2-digit', minute: '2-digit' });
}

const ISO_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The China date as YYYY-MM-DD (data files). */
export function isoDate(value: string | Date): string {
  return ISO_DATE.format(new Date(value));
}

/** The China date as 2021年1月20日. */
export function formatDate(value: string | Date): string {
  const [year, month, day] = isoDate(value).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** How long ago, roughly: 3 小时, 2 天. */
export function formatDuration(from: string | Date, to: Date = new Date()): string {
  const minutes = Math.max(0, Math.round((to.getTime() - new Date(from).getTime()) / 60000));
  if (minutes < 60) return `${minutes} 分钟`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} 小时`;
  return `${Math.round(hours / 24)} 天`;
}
