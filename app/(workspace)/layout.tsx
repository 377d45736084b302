import { WorkspaceHeader } from '@/components/layout/workspace-header';
import { getCurrentUser } from '@/lib/auth/current-user';
import { countUnread } from '@/lib/notifications/list-notifications';

export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  // Each page checks access itself (with requirePermission); the layout only
  // shows who is signed in.
  const user = await getCurrentUser();
  const unread = user ? await countUnread(user.id) : 0;
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:px-3 focus:py-2">
        跳到主要内容
      </a>
      {user && <WorkspaceHeader user={user} unread={unread} />}
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}
