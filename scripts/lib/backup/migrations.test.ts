import { describe, expect, it } from 'vitest';
import { BackupError } from './errors';
import { planMigrations } from './migrations';

const local = [
  { name: '001_init', checksum: 'a' },
  { name: '002_workflow', checksum: 'b' },
  { name: '003_index', checksum: 'c' },
];
const applied = (...names: string[]) => names.map((name) => ({ name, checksum: local.find((each) => each.name === name)?.checksum ?? 'z', finishedAt: null }));

describe('planMigrations', () => {
  it('restores at the current version when the backup has every migration', () => {
    expect(planMigrations(applied('001_init', '002_workflow', '003_index'), local, null)).toEqual({ subset: null, warnings: [] });
  });

  it("restores an older backup at its own version first (the newer migrations run after the data)", () => {
    expect(planMigrations(applied('001_init', '002_workflow'), local, null).subset).toEqual(['001_init', '002_workflow']);
    // A target migrated as far as the backup, or less, is fine.
    expect(planMigrations(applied('001_init', '002_workflow'), local, [{ name: '001_init' }]).subset).toEqual(['001_init', '002_workflow']);
  });

  it('refuses a backup of a newer program, and a target with migrations the backup lacks', () => {
    expect(() => planMigrations(applied('001_init', '004_future'), local, null)).toThrow(/备份来自较新版本的年报系统：本程序没有它的迁移 004_future/);
    const refusal = (() => {
      try {
        planMigrations(applied('001_init'), local, [{ name: '001_init' }, { name: '002_workflow' }]);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(BackupError);
    expect((refusal as BackupError).zh).toContain('目标数据库已应用了备份中没有的迁移（002_workflow）');
  });

  it('warns when a migration file changed since the backup was made', () => {
    const changed = [{ name: '001_init', checksum: 'other', finishedAt: null }, ...applied('002_workflow', '003_index')];
    expect(planMigrations(changed, local, null).warnings).toEqual([expect.stringContaining('迁移 001_init 的内容与备份时不同')]);
  });
});
