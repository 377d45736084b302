-- Outside demo mode the first admin has no password: they set it with a
-- one-time link printed at start (lib/auth/password-setup.ts). Only the token's hash is kept.
ALTER TABLE "users" ADD COLUMN "password_setup_token_hash" TEXT;
ALTER TABLE "users" ADD COLUMN "password_setup_expires_at" TIMESTAMP(3);
