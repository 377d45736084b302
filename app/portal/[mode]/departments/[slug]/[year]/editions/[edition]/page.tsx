// 关怀版 of an earlier edition: the same page in the care frame (see proxy.ts).
export { default, generateMetadata } from '@/app/(public)/departments/[slug]/[year]/editions/[edition]/page';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}
