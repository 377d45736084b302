// zod with Chinese default messages (zod's own zh-CN locale) for every check
// whose message is not written out. Schemas import { z } from '@/lib/zod'.
import { z } from 'zod';

z.config(z.locales.zhCN());

export { z };
