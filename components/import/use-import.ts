'use client';

// The import page's state: the form's file or text, the preview the server
// read from it, the cell chosen in the preview (its source shown beside it),
// and saving. Kept apart from the page's markup so it can be tested.
import { useCallback, useEffect, useState, useTransition } from 'react';
import { previewImportAction, saveImportAction, type PreviewResult } from '@/app/(workspace)/import/actions';
import { cellFromHash } from './cell-hash';

type Preview = Extract<PreviewResult, { ok: true }>;

export interface ImportState {
  preview: Preview | null;
  error: { message: string; fieldErrors: Record<string, string> } | null;
  saved: { href: string; message: string } | null;
  selectedCell: string | null;
  pending: boolean;
}

export function useImport() {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<ImportState['error']>(null);
  const [saved, setSaved] = useState<ImportState['saved']>(null);
  const [selectedCell, setSelectedCell] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const onHash = () => setSelectedCell(cellFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const read = useCallback((formData: FormData) => {
    startTransition(async () => {
      setError(null);
      setSaved(null);
      const result = await previewImportAction(formData);
      if (result.ok) setPreview(result);
      else {
        setPreview(null);
        setError({ message: result.message, fieldErrors: result.fieldErrors });
      }
    });
  }, []);

  const save = useCallback((formData: FormData) => {
    startTransition(async () => {
      setError(null);
      const result = await saveImportAction(formData);
      if (result.ok) {
        setSaved({
          href: result.href,
          message: `已保存为${result.status === 'PUBLISHED' ? `已发布的历史报告（第 ${result.editionNumber} 版）` : '草稿'}${result.replaced ? '，替换了原有报告' : ''}。`,
        });
      } else setError({ message: result.message, fieldErrors: result.fieldErrors });
    });
  }, []);

  return { preview, error, saved, selectedCell, setSelectedCell, pending, read, save } as const;
}
