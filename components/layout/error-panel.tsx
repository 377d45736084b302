import Link from 'next/link';

/** The body of the 403, 404 and error pages. */
export function ErrorPanel({
  code,
  title,
  children,
  action,
}: {
  code: string;
  title: string;
  children?: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-5xl font-bold text-brand" aria-hidden="true">
        {code}
      </p>
      <h1 className="mt-4 text-2xl font-semibold">{title}</h1>
      {children && <div className="mt-3 text-muted">{children}</div>}
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        {action}
        <Link href="/" className="btn-secondary">
          返回首页
        </Link>
      </div>
    </div>
  );
}
