#include "app/fieldwork/EvidenceStore.h"

#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>

namespace fieldbook {

namespace {
// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// would put these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceStore)
};
} // namespace

QByteArray EvidenceStore::makeThumbnail(const QByteArray& content)
{
    QImage image;
    if (!image.loadFromData(content)) {
        return {};
    }
    const QImage small = image.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    small.save(&buffer, "PNG");
    return png;
}

Result<EvidenceInfo> EvidenceStore::addFile(qint64 auditId, const QString& path, qint64 itemId, qint64 findingId)
{
    QFile file(path);
    if (QFileInfo(path).size() > kMaxBytes) {
        return Result<EvidenceInfo>::failure(Tr::tr("%1 is larger than %2 MB and cannot be stored as evidence.")
                                                 .arg(path)
                                                 .arg(kMaxBytes / (1024 * 1024)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<EvidenceInfo>::failure(Tr::tr("%1 could not be read: %2").arg(path, file.errorString()));
    }
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Result<EvidenceInfo>::failure(Tr::tr("%1 could not be read: %2").arg(path, file.errorString()));
    }
    return addBytes(auditId, QFileInfo(path).fileName(), content, itemId, findingId);
}

Result<EvidenceInfo> EvidenceStore::addBytes(qint64 auditId, const QString& fileName, const QByteArray& content,
                                             qint64 itemId, qint64 findingId)
{
    Result<QVariant> auditUuid = m_db.scalar(QStringLiteral("SELECT uuid FROM audits WHERE id = ?1"), {auditId});
    if (!auditUuid || !auditUuid->isValid()) {
        return Result<EvidenceInfo>::failure(Tr::tr("Audit %1 does not exist.").arg(auditId));
    }
    EvidenceInfo info;
    info.uuid = newUuid();
    info.itemId = itemId;
    info.findingId = findingId;
    info.fileName = fileName;
    info.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(fileName, content).name();
    info.sizeBytes = content.size();
    info.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    info.thumbnail = info.mimeType.startsWith(QLatin1String("image/")) ? makeThumbnail(content) : QByteArray();
    info.createdAt = nowUtc();

    Transaction tx(m_db);
    Result<Statement> insert = m_db.prepare(QStringLiteral(
        "INSERT INTO evidence (uuid, audit_id, item_id, finding_id, file_name, mime_type, size_bytes, sha256, content, "
        "thumbnail, caption, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, '', ?11)"));
    if (!insert) {
        return Result<EvidenceInfo>::failure(insert.error());
    }
    insert->bind(1, info.uuid).bind(2, auditId);
    itemId > 0 ? insert->bind(3, itemId) : insert->bindNull(3);
    findingId > 0 ? insert->bind(4, findingId) : insert->bindNull(4);
    insert->bind(5, info.fileName).bind(6, info.mimeType).bind(7, info.sizeBytes).bind(8, info.sha256).bind(9, content);
    info.thumbnail.isEmpty() ? insert->bindNull(10) : insert->bind(10, info.thumbnail);
    insert->bind(11, info.createdAt);
    if (!insert->exec()) {
        return Result<EvidenceInfo>::failure(insert->errorMessage());
    }
    info.id = m_db.lastInsertRowId();
    AuditTrailEntry entry;
    entry.actor = m_db.actor();
    entry.auditUuid = auditUuid->toString();
    entry.entity = QStringLiteral("evidence");
    entry.entityUuid = info.uuid;
    entry.action = QStringLiteral("insert");
    entry.field = QStringLiteral("sha256");
    entry.newValue = info.sha256;
    if (Status s = AuditTrail::record(m_db, entry); !s) {
        return Result<EvidenceInfo>::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return Result<EvidenceInfo>::failure(s.error());
    }
    return info;
}

Result<QList<EvidenceInfo>> EvidenceStore::list(qint64 auditId, qint64 itemId, qint64 findingId) const
{
    QString sql = QStringLiteral(
        "SELECT id, uuid, coalesce(item_id, 0), coalesce(finding_id, 0), file_name, mime_type, size_bytes, sha256, "
        "thumbnail, caption, created_at FROM evidence WHERE audit_id = ?1");
    if (itemId > 0) {
        sql += QStringLiteral(" AND item_id = ?2");
    } else if (findingId > 0) {
        // A finding shows its own evidence and that of the question it was raised from.
        sql += QStringLiteral(" AND (finding_id = ?2 OR (item_id IS NOT NULL AND item_id = "
                              "(SELECT item_id FROM findings WHERE id = ?2)))");
    }
    sql += QStringLiteral(" ORDER BY id");
    Result<Statement> stmt = m_db.prepare(sql);
    if (!stmt) {
        return Result<QList<EvidenceInfo>>::failure(stmt.error());
    }
    stmt->bind(1, auditId);
    if (itemId > 0 || findingId > 0) {
        stmt->bind(2, itemId > 0 ? itemId : findingId);
    }
    QList<EvidenceInfo> result;
    while (stmt->step()) {
        EvidenceInfo e;
        e.id = stmt->int64(0);
        e.uuid = stmt->text(1);
        e.itemId = stmt->int64(2);
        e.findingId = stmt->int64(3);
        e.fileName = stmt->text(4);
        e.mimeType = stmt->text(5);
        e.sizeBytes = stmt->int64(6);
        e.sha256 = stmt->text(7);
        e.thumbnail = stmt->blob(8);
        e.caption = stmt->text(9);
        e.createdAt = stmt->text(10);
        result << e;
    }
    if (stmt->hasError()) {
        return Result<QList<EvidenceInfo>>::failure(stmt->errorMessage());
    }
    return result;
}

Result<QByteArray> EvidenceStore::content(const QString& uuid) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT content FROM evidence WHERE uuid = ?1"));
    if (!stmt) {
        return Result<QByteArray>::failure(stmt.error());
    }
    stmt->bind(1, uuid);
    if (!stmt->step()) {
        return Result<QByteArray>::failure(Tr::tr("Evidence %1 does not exist.").arg(uuid));
    }
    return stmt->blob(0);
}

Status EvidenceStore::remove(const QString& uuid)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT a.uuid, e.sha256, e.file_name FROM evidence e JOIN audits a ON a.id = e.audit_id WHERE e.uuid = ?1"));
    if (!stmt) {
        return Status::failure(stmt.error());
    }
    stmt->bind(1, uuid);
    if (!stmt->step()) {
        return Status::failure(Tr::tr("Evidence %1 does not exist.").arg(uuid));
    }
    AuditTrailEntry entry;
    entry.actor = m_db.actor();
    entry.auditUuid = stmt->text(0);
    entry.entity = QStringLiteral("evidence");
    entry.entityUuid = uuid;
    entry.action = QStringLiteral("delete");
    entry.field = QStringLiteral("sha256");
    entry.oldValue = stmt->text(1);
    Transaction tx(m_db);
    Result<Statement> del = m_db.prepare(QStringLiteral("DELETE FROM evidence WHERE uuid = ?1"));
    if (!del) {
        return Status::failure(del.error());
    }
    del->bind(1, uuid);
    if (!del->exec()) {
        return Status::failure(del->errorMessage());
    }
    if (Status s = AuditTrail::record(m_db, entry); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace fieldbook
