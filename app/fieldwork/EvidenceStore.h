#pragma once

#include "database/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fieldbook {

class Database;

struct EvidenceInfo
{
    qint64 id = 0;
    QString uuid;
    qint64 itemId = 0;
    qint64 findingId = 0;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256;       // hex
    QByteArray thumbnail; // PNG, empty for documents
    QString caption;
    QString createdAt;
};

// Photos and documents kept as evidence: the bytes themselves, their SHA-256 (so a report or a
// package can prove they were not altered) and, for images, a small PNG thumbnail.
class EvidenceStore
{
public:
    static constexpr int kThumbnailSize = 160;
    // Larger files are refused: the store travels in signed packages on laptops.
    static constexpr qint64 kMaxBytes = 50 * 1024 * 1024;

    explicit EvidenceStore(const Database& db) : m_db(db)
    {}

    // Reads the file and stores it for a question (itemId) and/or a finding (findingId); 0 = none.
    Result<EvidenceInfo> addFile(qint64 auditId, const QString& path, qint64 itemId = 0, qint64 findingId = 0);
    Result<EvidenceInfo> addBytes(qint64 auditId, const QString& fileName, const QByteArray& content, qint64 itemId = 0,
                                  qint64 findingId = 0);
    // Evidence of a question (itemId > 0), of a finding (findingId > 0), or of the whole audit.
    Result<QList<EvidenceInfo>> list(qint64 auditId, qint64 itemId = 0, qint64 findingId = 0) const;
    Result<QByteArray> content(const QString& uuid) const;
    Status remove(const QString& uuid);

    static QByteArray makeThumbnail(const QByteArray& content);

private:
    const Database& m_db;
};

} // namespace fieldbook
