-- Sessions end after 30 minutes without a request (lib/auth/user-sessions.ts).
ALTER TABLE "user_sessions" ADD COLUMN "last_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
