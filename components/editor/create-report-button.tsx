'use client';

import { useState, useTransition } from 'react';
import { createReportAction } from '@/app/(workspace)/report-actions';

/** Starts a department's report for a year (prefilled from last year's). */
export function CreateReportButton({ departmentId, year }: { departmentId: string; year: number }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        className="btn-primary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await createReportAction({ departmentId, year });
            if (result && !result.ok) setError(result.message);
          })
        }
      >
        {pending ? '正在创建…' : `开始编制${year}年度报告`}
      </button>
      {error && (
        <span role="alert" className="text-sm text-danger">
          {error}
        </span>
      )}
    </span>
  );
}
