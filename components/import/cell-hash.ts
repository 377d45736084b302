// Preview links name a cell in the address's fragment: #cell:t3_applications.granted.total

export const cellHash = (tableId: string, rowKey: string, columnKey: string) => `#cell:${tableId}.${rowKey}.${columnKey}`;

/** The cell a fragment names, or null. */
export function cellFromHash(hash: string): string | null {
  const match = /^#cell:([a-z0-9_]+\.[a-z0-9_]+\.[a-z0-9_]+)$/.exec(hash);
  return match ? match[1]! : null;
}
