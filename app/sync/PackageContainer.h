#pragma once

#include "database/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fieldbook {

// The .fieldbook container (docs/package-format.md): a magic line, a JSON manifest naming every
// entry with its size and SHA-256, then the entries' bytes in manifest order. The detached
// minisign signature (FILE.minisig) covers every byte of the file.
struct PackageEntry
{
    QString name; // "audit.json", "report.pdf", "evidence/<uuid>"
    QByteArray data;
};

struct PackageContainer
{
    // The newest format this build reads and writes. Format 1 (personal data left out) is still
    // written when nothing needs format 2, so older Fieldbook versions read those packages.
    static constexpr int kFormatVersion = 2;
    int formatVersion = 1;
    QJsonObject meta; // audit_uuid, created_at, signer, ... (copied into the manifest)
    QList<PackageEntry> entries;

    QByteArray serialize() const;
    // Reads and checks the structure and every entry's hash; the message says what is wrong.
    static Result<PackageContainer> parse(const QByteArray& bytes);
    const PackageEntry* entry(const QString& name) const;
};

} // namespace fieldbook
