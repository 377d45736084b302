// 关怀版's rules for every page (lib/public/display-mode.ts), under the
// data-mode attribute that the page's script sets. The address carries a
// fingerprint of the rules, so browsers and caches keep it for good.
import { CARE_SCOPE, careModeCss } from '@/lib/public/display-mode';

export const dynamic = 'force-static';

export function GET() {
  return new Response(careModeCss(CARE_SCOPE), {
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable' },
  });
}
