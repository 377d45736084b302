import { PublicShell } from '@/components/public/public-shell';

// Every public page, at its own address: app/(public)/<address>/page.tsx.
// The pages are served from Next's cache and rendered again when what they
// show changes (lib/public/cache-tags.ts), and hourly in the background:
// deadlines and "尚未发布" notices depend on the date. The directory and the
// department directory read their filters from the query string and are
// rendered per request from cached data.
export const revalidate = 3600;

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <PublicShell>{children}</PublicShell>;
}
