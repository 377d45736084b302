'use client';

import { PublicError } from '@/components/public/public-error';

export default PublicError;
