#include "app/sync/PersonalDataReseal.h"
#include "app/core/PersonalDataProtector.h"
#include "app/signing/SealedBox.h"
#include "app/signing/SodiumDataProtector.h"
#include "app/sync/PersonalValueCodec.h"
#include "database/AuditTrail.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace fieldbook {

namespace {

bool isPlainIdentifier(const QString& name)
{
    if (name.isEmpty() || name.size() > 64 || name.at(0).isDigit()) {
        return false;
    }
    for (const QChar c : name) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              c == QLatin1Char('_'))) {
            return false;
        }
    }
    return true;
}

// The registered personal-data columns. The registry is a table of the store, and a store may be
// hostile (--db): a name is pasted into SQL only when it is a plain identifier naming a column
// that exists; any other row is left out (and reported through `refused`).
QList<QPair<QString, QString>> personalColumns(const Database& db, QStringList* refused = nullptr)
{
    QList<QPair<QString, QString>> columns;
    Result<Statement> s = db.prepare(
        QStringLiteral("SELECT table_name, column_name FROM personal_data_columns ORDER BY table_name, column_name"));
    if (s) {
        while (s->step()) {
            const QString table = s->text(0);
            const QString column = s->text(1);
            bool ok = isPlainIdentifier(table) && isPlainIdentifier(column);
            if (ok) {
                Result<QVariant> exists = db.scalar(
                    QStringLiteral("SELECT count(*) FROM pragma_table_info(?1) WHERE name = ?2"), {table, column});
                ok = exists && exists->toInt() == 1;
            }
            if (ok) {
                columns.append({table, column});
            } else if (refused) {
                refused->append(QCoreApplication::translate("Package",
                                                            "personal_data_columns names '%1.%2': not a column of "
                                                            "this store; left out")
                                    .arg(table.left(64), column.left(64)));
            }
        }
    }
    return columns;
}

// SQL naming a row of `table` (aliased t) for the sealed values' associated data: the row's uuid,
// or for workers (no uuid) the audit's uuid and the worker id (RecordStore::workerPlace). Empty
// when the table has neither: its values are sealed unbound.
QString placeExpression(const Database& db, const QString& table)
{
    if (table == QLatin1String("workers")) {
        return QStringLiteral("(SELECT a.uuid FROM audits a WHERE a.id = t.audit_id) || '/' || t.worker_id");
    }
    Result<QVariant> hasUuid =
        db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info(?1) WHERE name = 'uuid'"), {table});
    return hasUuid && hasUuid->toInt() == 1 ? QStringLiteral("t.uuid") : QString();
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
                                       const PersonalDataProtector& protector, QStringList* skipped, bool bindOlder)
{
    QStringList localSkipped;
    if (!skipped) {
        skipped = &localSkipped;
    }
    if (!protector.isUnlocked()) {
        return Result<int>::failure(QCoreApplication::translate("Package", "Unlock the store's personal data first."));
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        return Result<int>::failure(tx.error());
    }
    int total = 0;
    const auto* binder = dynamic_cast<const SodiumDataProtector*>(&protector);
    for (const auto& [table, column] : personalColumns(db, skipped)) {
        // Values are re-sealed bound to their place (table, column, row: SodiumDataProtector::sealFor),
        // and values sealed before binding existed ("FBP1") are migrated to it on the way.
        const QString place = placeExpression(db, table);
        const QString tColumn = QStringLiteral("t.") + column;
        const QString olderCondition =
            bindOlder && binder && !place.isEmpty()
                ? QStringLiteral(" OR (typeof(%1) = 'blob' AND substr(%1, 1, 4) = CAST('FBP1' AS BLOB))").arg(tColumn)
                : QString();
        Result<Statement> select =
            db.prepare(QStringLiteral("SELECT t.rowid, %2, %4 FROM %1 t WHERE %3%5")
                           .arg(table, tColumn, keptSealedCondition(tColumn),
                                place.isEmpty() ? QStringLiteral("NULL") : place, olderCondition));
        Result<Statement> update =
            db.prepare(QStringLiteral("UPDATE %1 SET %2 = ?1 WHERE rowid = ?2").arg(table, column));
        if (!select || !update) {
            return Result<int>::failure(!select ? select.error() : update.error());
        }
        int count = 0;
        int migrated = 0;
        while (select->step()) {
            const QByteArray stored = select->blob(1);
            const QByteArray context = binder && !place.isEmpty()
                                           ? SodiumDataProtector::placeContext(table, column, select->text(2))
                                           : QByteArray();
            auto sealHere = [&](const QString& plain) {
                return context.isEmpty() ? protector.seal(plain) : binder->sealFor(plain, context);
            };
            if (!PersonalValueCodec::isKeptSealed(stored)) {
                // An older value of this store ("FBP1"): bind it to its place.
                std::optional<QString> plain = protector.open(stored);
                if (!plain) {
                    skipped->append(QCoreApplication::translate("Package",
                                                                "%1.%2 row %3: a value sealed with this store's key "
                                                                "does not open; left as it is")
                                        .arg(table, column)
                                        .arg(select->int64(0)));
                    continue;
                }
                update->reset();
                update->bind(1, sealHere(*plain)).bind(2, select->int64(0));
                if (!update->exec()) {
                    return Result<int>::failure(update->errorMessage());
                }
                ++migrated;
                continue;
            }
            if (PersonalValueCodec::keptSealedKeyId(stored) != encryptionKey.publicKey.keyId) {
                continue; // sealed for another of this store's keys
            }
            std::optional<QString> plain = SealedBox::open(PersonalValueCodec::keptSealedBox(stored), encryptionKey);
            if (!plain) {
                // A damaged value must not keep every other one locked: report it, leave it as it
                // is (still sealed, never plaintext) and go on.
                skipped->append(QCoreApplication::translate("Package",
                                                            "%1.%2 row %3: a value sealed for key %4 does not open "
                                                            "with it; left sealed")
                                    .arg(table, column)
                                    .arg(select->int64(0))
                                    .arg(encryptionKey.publicKey.fingerprint()));
                continue;
            }
            update->reset();
            update->bind(1, sealHere(*plain)).bind(2, select->int64(0));
            if (!update->exec()) {
                return Result<int>::failure(update->errorMessage());
            }
            ++count;
        }
        if (select->hasError()) {
            return Result<int>::failure(select->errorMessage());
        }
        if (migrated > 0) {
            if (Status s = AuditTrail::record(db, {0,
                                                   {},
                                                   {},
                                                   {},
                                                   QStringLiteral("personal_data_columns"),
                                                   table + QLatin1Char('.') + column,
                                                   QStringLiteral("update"),
                                                   column,
                                                   QStringLiteral("sealed with the data key"),
                                                   QStringLiteral("%1 values bound to their rows").arg(migrated)});
                !s) {
                return Result<int>::failure(s.error());
            }
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
        "SELECT c.id, c.uuid, c.local_value, c.incoming_value, a.uuid, c.entity, c.field, c.entity_uuid FROM "
        "sync_conflicts c LEFT JOIN audits a ON "
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
        QByteArray place; // the row the value would be written to if taken
    };
    QList<Pending> pending;
    while (open->step()) {
        pending.append({open->int64(0), open->text(1), QByteArray::fromBase64(open->text(2).toLatin1()),
                        QByteArray::fromBase64(open->text(3).toLatin1()), open->text(4),
                        SodiumDataProtector::placeContext(open->text(5), open->text(6), open->text(7))});
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
            return PersonalValueCodec::isKeptSealed(stored) && plain ? protector.sealFor(*plain, p.place) : stored;
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
