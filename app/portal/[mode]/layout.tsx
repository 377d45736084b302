import { notFound } from 'next/navigation';
import { PublicShell } from '@/components/public/public-shell';
import { isDisplayMode } from '@/lib/public/display-mode';

// Every public page is rendered on its first visit and then served from
// Next's cache until a publication changes (lib/reports/revalidate-public.ts).
// Besides on-demand revalidation, pages are refreshed hourly in the background:
// deadlines and "尚未发布" notices depend on the date.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export default async function PortalLayout({ children, params }: LayoutProps<'/portal/[mode]'>) {
  const { mode } = await params;
  if (!isDisplayMode(mode)) notFound();
  return <PublicShell mode={mode}>{children}</PublicShell>;
}
