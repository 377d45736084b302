import { PublicShell } from '@/components/public/public-shell';

// The standard version of the public pages that have their own address
// segments (a department, a report, an edition), at their plain addresses:
// served from Next's cache without any rewrite. Their 关怀版 is the same page
// under /portal/care (proxy.ts, by the nb_mode cookie).
// Besides on-demand revalidation, pages are refreshed hourly in the background:
// deadlines and "尚未发布" notices depend on the date.
export const revalidate = 3600;

export default function StandardLayout({ children }: { children: React.ReactNode }) {
  return <PublicShell mode="std">{children}</PublicShell>;
}
