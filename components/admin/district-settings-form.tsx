'use client';

import { useActionState } from 'react';
import { updateDistrictSettingsAction } from '@/app/(workspace)/admin/actions';
import { idleState } from '@/lib/actions/action-state';
import { FormMessage } from './form-message';

/** The district's workflow settings: 先审后发 (部门负责人签发) and early submission. */
export function DistrictSettingsForm({ settings }: { settings: { signOffRequired: boolean; earlySubmission: boolean } }) {
  const [state, action, pending] = useActionState(updateDistrictSettingsAction, idleState);
  return (
    <form action={action} className="space-y-4">
      <div className="flex items-start gap-2">
        <input id="sign-off-required" name="signOffRequired" type="checkbox" className="mt-1 h-5 w-5" defaultChecked={settings.signOffRequired} />
        <label htmlFor="sign-off-required">
          <span className="font-medium">先审后发：部门负责人签发</span>
          <span className="block text-sm text-muted">
            部门编辑提交后，报告先由本部门负责人进行保密审查并签发，签发后才报送区政务公开办审核。关闭后，提交直接进入区政务公开办审核；已在等待签发的报告仍由部门负责人处理。
          </span>
        </label>
      </div>
      <div className="flex items-start gap-2">
        <input id="early-submission" name="earlySubmission" type="checkbox" className="mt-1 h-5 w-5" defaultChecked={settings.earlySubmission} />
        <label htmlFor="early-submission">
          <span className="font-medium">允许提前提交（仅用于测试和演示）</span>
          <span className="block text-sm text-muted">
            开启后，当年度的报告在统计期（至12月31日）结束前也可以提交。正式使用时请保持关闭。
          </span>
        </label>
      </div>
      <FormMessage state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        保存设置
      </button>
    </form>
  );
}
