// zod with Chinese default messages (zod's own zh-CN locale) for every check
// whose message is not written out, and a z.string() that refuses control
// characters, lone surrogates and noncharacters in every text field
// (lib/zod-namespace.ts, lib/plain-text.ts). Schemas import { z } from '@/lib/zod'.
import * as z from './zod-namespace';

z.config(z.locales.zhCN());

export { z };
export { plainTextProblem } from './plain-text';
