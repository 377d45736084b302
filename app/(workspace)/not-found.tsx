import Link from 'next/link';
import { ErrorPanel } from '@/components/layout/error-panel';
import { getCurrentUser } from '@/lib/auth/current-user';
import { landingPath } from '@/lib/auth/policy';

// Inside the signed-in frame: a report that does not exist looks the same as
// another department's report (the policy answers 404 for both).
export default async function WorkspaceNotFound() {
  const user = await getCurrentUser();
  return (
    <>
      <title>未找到｜章贡区政府信息公开工作年度报告</title>
      <ErrorPanel
        code="404"
        title="未找到该内容"
        action={
          <Link href={user ? landingPath(user.role) : '/login'} className="btn-primary">
            返回工作台
          </Link>
        }
      >
        <p>该报告或页面不存在，或属于其他部门，您无权查看。如认为有误，请联系系统管理员。</p>
      </ErrorPanel>
    </>
  );
}
