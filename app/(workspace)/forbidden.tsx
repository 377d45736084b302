import { ErrorPanel } from '@/components/layout/error-panel';

// Inside the signed-in frame (its layout gives the header and <main>).
export default function WorkspaceForbidden() {
  return (
    <>
      <title>无权访问｜章贡区政府信息公开工作年度报告</title>
      <ErrorPanel code="403" title="您没有权限访问此页面">
        <p>此页面仅向具有相应职责的工作人员开放。如需开通权限，请联系系统管理员。</p>
      </ErrorPanel>
    </>
  );
}
