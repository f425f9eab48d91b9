-- Personal data in packages for head office, and the resolution of sync conflicts.
-- (docs/package-format.md format 2, docs/security.md)

-- Head office's (or a team lead's) X25519 key pairs (crypto_box): auditors seal personal data in
-- packages to the public key; only this store can open it. The secret key is stored only sealed
-- under a passphrase (Argon2id + XChaCha20-Poly1305), like the signing keys. key_id is the first
-- 8 bytes of BLAKE2b(public key), hex.
CREATE TABLE encryption_keys (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    label                TEXT NOT NULL,
    key_id               TEXT NOT NULL UNIQUE,
    public_key           BLOB NOT NULL,
    secret_key_encrypted BLOB NOT NULL,
    kdf_salt             BLOB NOT NULL,
    kdf_opslimit         INTEGER NOT NULL,
    kdf_memlimit         INTEGER NOT NULL,
    nonce                BLOB NOT NULL,
    created_at           TEXT NOT NULL,
    revoked_at           TEXT
);

-- A conflict on a personal-data column holds the two values sealed (base64 of the stored form),
-- never plaintext.
ALTER TABLE sync_conflicts ADD COLUMN personal INTEGER NOT NULL DEFAULT 0 CHECK (personal IN (0, 1));
-- Who last changed the field here before the package came, and when (from the audit trail, taken
-- at merge time, before the package's own trail entries are added).
ALTER TABLE sync_conflicts ADD COLUMN local_by TEXT;
ALTER TABLE sync_conflicts ADD COLUMN local_at TEXT;
ALTER TABLE sync_conflicts ADD COLUMN resolved_at TEXT;
ALTER TABLE sync_conflicts ADD COLUMN resolved_by TEXT;

-- What became of the package's personal data: omitted, opened (re-sealed under this store's data
-- key), kept_sealed (sealed for one of this store's encryption keys, passphrase not given) or
-- other_recipient (sealed for a key this store does not have: left out).
ALTER TABLE package_imports ADD COLUMN personal_data TEXT;
-- Who signed it, as the signature's trusted comment names them (shown beside sync conflicts).
ALTER TABLE package_imports ADD COLUMN signer TEXT;
