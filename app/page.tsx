import Link from 'next/link';

// The public portal's home page (filled by the public directory).
export default function HomePage() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-semibold">章贡区政府信息公开工作年度报告</h1>
      <p className="mt-4 text-muted">各部门年度报告的编制、审核与公开平台。</p>
      <p className="mt-8">
        <Link href="/login" className="btn-primary">
          工作人员登录
        </Link>
      </p>
    </main>
  );
}
