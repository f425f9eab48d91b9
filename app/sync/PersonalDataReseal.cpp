#include "app/sync/PersonalDataReseal.h"
#include "app/core/PersonalDataProtector.h"
#include "app/signing/SealedBox.h"
#include "app/sync/PersonalValueCodec.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace fieldbook {

namespace {

QList<QPair<QString, QString>> personalColumns(const Database& db)
{
    QList<QPair<QString, QString>> columns;
    Result<Statement> s = db.prepare(
        QStringLiteral("SELECT table_name, column_name FROM personal_data_columns ORDER BY table_name, column_name"));
    if (s) {
        while (s->step()) {
            columns.append({s->text(0), s->text(1)});
        }
    }
    return columns;
}

QString keptSealedCondition(const QString& column)
{
    return QStringLiteral("typeof(%1) = 'blob' AND substr(%1, 1, 4) = CAST('FBX1' AS BLOB)").arg(column);
}

} // namespace

int PersonalDataReseal::pendingCount(const Database& db)
{
    int count = 0;
    for (const auto& [table, column] : personalColumns(db)) {
        Result<QVariant> n =
            db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, keptSealedCondition(column)));
        count += n ? n->toInt() : 0;
    }
    return count;
}

Result<int> PersonalDataReseal::reseal(const Database& db, const BoxKeyPair& encryptionKey,
                                       const PersonalDataProtector& protector)
{
    if (!protector.isUnlocked()) {
        return Result<int>::failure(QCoreApplication::translate("Package", "Unlock the store's personal data first."));
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        return Result<int>::failure(tx.error());
    }
    int total = 0;
    for (const auto& [table, column] : personalColumns(db)) {
        Result<Statement> select = db.prepare(
            QStringLiteral("SELECT rowid, %2 FROM %1 WHERE %3").arg(table, column, keptSealedCondition(column)));
        Result<Statement> update =
            db.prepare(QStringLiteral("UPDATE %1 SET %2 = ?1 WHERE rowid = ?2").arg(table, column));
        if (!select || !update) {
            return Result<int>::failure(!select ? select.error() : update.error());
        }
        int count = 0;
        while (select->step()) {
            const QByteArray stored = select->blob(1);
            if (PersonalValueCodec::keptSealedKeyId(stored) != encryptionKey.publicKey.keyId) {
                continue; // sealed for another of this store's keys
            }
            std::optional<QString> plain = SealedBox::open(PersonalValueCodec::keptSealedBox(stored), encryptionKey);
            if (!plain) {
                return Result<int>::failure(
                    QCoreApplication::translate("Package", "%1.%2: a value sealed for key %3 does not open with it.")
                        .arg(table, column, encryptionKey.publicKey.fingerprint()));
            }
            update->reset();
            update->bind(1, protector.seal(*plain)).bind(2, select->int64(0));
            if (!update->exec()) {
                return Result<int>::failure(update->errorMessage());
            }
            ++count;
        }
        if (select->hasError()) {
            return Result<int>::failure(select->errorMessage());
        }
        if (count > 0) {
            // The values themselves are unchanged (only how they are sealed), so one trail entry per column.
            if (Status s = AuditTrail::record(db, {0,
                                                   {},
                                                   {},
                                                   {},
                                                   QStringLiteral("personal_data_columns"),
                                                   table + QLatin1Char('.') + column,
                                                   QStringLiteral("update"),
                                                   column,
                                                   QStringLiteral("sealed for head office"),
                                                   QStringLiteral("%1 values sealed with the data key").arg(count)});
                !s) {
                return Result<int>::failure(s.error());
            }
        }
        total += count;
    }
    if (Status s = settlePersonalConflicts(db, encryptionKey, protector); !s) {
        return Result<int>::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return Result<int>::failure(s.error());
    }
    return total;
}

Status PersonalDataReseal::settlePersonalConflicts(const Database& db, const BoxKeyPair& encryptionKey,
                                                   const PersonalDataProtector& protector)
{
    PersonalValueCodec::ImportKeys keys;
    keys.protector = &protector;
    keys.encryptionKey = &encryptionKey;
    Result<Statement> open = db.prepare(QStringLiteral(
        "SELECT c.id, c.uuid, c.local_value, c.incoming_value, a.uuid FROM sync_conflicts c LEFT JOIN audits a ON "
        "a.id = c.audit_id WHERE c.personal = 1 AND c.resolution IS NULL ORDER BY c.id"));
    if (!open) {
        return Status::failure(open.error());
    }
    struct Pending
    {
        qint64 id;
        QString uuid;
        QByteArray local;
        QByteArray incoming;
        QString auditUuid;
    };
    QList<Pending> pending;
    while (open->step()) {
        pending.append({open->int64(0), open->text(1), QByteArray::fromBase64(open->text(2).toLatin1()),
                        QByteArray::fromBase64(open->text(3).toLatin1()), open->text(4)});
    }
    const QString now = nowUtc();
    for (const Pending& p : pending) {
        const std::optional<QString> local = PersonalValueCodec::openStored(p.local, keys);
        const std::optional<QString> incoming = PersonalValueCodec::openStored(p.incoming, keys);
        if (local && incoming && *local == *incoming) {
            // Not a conflict after all: the same value, sealed twice (sealing is randomised).
            Result<Statement> mark = db.prepare(QStringLiteral("UPDATE sync_conflicts SET resolution = 'kept_local', "
                                                               "resolved_at = ?1, resolved_by = ?2 WHERE id = ?3"));
            const QString by = QStringLiteral("Fieldbook (equal once opened)");
            mark->bind(1, now).bind(2, by).bind(3, p.id);
            if (!mark->exec()) {
                return Status::failure(mark->errorMessage());
            }
            if (Status s = AuditTrail::record(db, {0,
                                                   now,
                                                   by,
                                                   p.auditUuid,
                                                   QStringLiteral("sync_conflicts"),
                                                   p.uuid,
                                                   QStringLiteral("update"),
                                                   QStringLiteral("resolution"),
                                                   {},
                                                   QStringLiteral("kept_local")});
                !s) {
                return s;
            }
            continue;
        }
        // A real conflict: seal both sides under the data key so they show once personal data is unlocked.
        auto resealed = [&](const QByteArray& stored, const std::optional<QString>& plain) {
            return PersonalValueCodec::isKeptSealed(stored) && plain ? protector.seal(*plain) : stored;
        };
        Result<Statement> update =
            db.prepare(QStringLiteral("UPDATE sync_conflicts SET local_value = ?1, incoming_value = ?2 WHERE id = ?3"));
        update->bind(1, QString::fromLatin1(resealed(p.local, local).toBase64()))
            .bind(2, QString::fromLatin1(resealed(p.incoming, incoming).toBase64()))
            .bind(3, p.id);
        if (!update->exec()) {
            return Status::failure(update->errorMessage());
        }
    }
    return Status::success();
}

} // namespace fieldbook
