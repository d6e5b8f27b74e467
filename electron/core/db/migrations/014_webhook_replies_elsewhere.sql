-- May a webhook receiver's answer ({"reply":…,"number":…}) message another number than the chat that triggered
-- the delivery? Off by default (issue 19): a compromised or confused receiver must not make the app message anyone.
ALTER TABLE devices ADD COLUMN webhook_replies_elsewhere INTEGER NOT NULL DEFAULT 0
  CHECK (webhook_replies_elsewhere IN (0, 1));
