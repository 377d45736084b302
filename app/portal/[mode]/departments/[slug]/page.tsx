// 关怀版 of /departments/<slug>: the same page in the care frame (see proxy.ts).
export { default, generateMetadata } from '@/app/(public)/departments/[slug]/page';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}
