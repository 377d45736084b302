import Link from 'next/link';
import { pageWindow } from '@/lib/public/page-window';

/** 上一页 · 1 … 4 5 6 … 5000 · 下一页: a window of page links, whatever the number of pages. */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="分页" className="flex flex-wrap items-center gap-2">
      {page > 1 && (
        <Link href={href(page - 1)} className="btn-secondary" rel="prev">
          上一页
        </Link>
      )}
      {pageWindow(page, pages).map((link) =>
        link.kind === 'gap' ? (
          <span key={`gap-${link.after}`} aria-hidden="true" className="px-1 text-muted">
            …
          </span>
        ) : link.page === page ? (
          <span key={link.page} aria-current="page" className="btn-primary">
            {link.page}
          </span>
        ) : (
          <Link key={link.page} href={href(link.page)} className="btn-secondary" aria-label={`第 ${link.page} 页`}>
            {link.page}
          </Link>
        ),
      )}
      {page < pages && (
        <Link href={href(page + 1)} className="btn-secondary" rel="next">
          下一页
        </Link>
      )}
    </nav>
  );
}
