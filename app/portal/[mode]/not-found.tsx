import { PublicNotFound } from '@/components/public/public-not-found';

export default function NotFound() {
  return <PublicNotFound />;
}
