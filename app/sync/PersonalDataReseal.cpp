#include "app/sync/PersonalDataReseal.h"
#include "app/core/PersonalDataProtector.h"
#include "app/signing/SealedBox.h"
#include "app/sync/PersonalValueCodec.h"
#include "database/AuditTrail.h"
#include "database/Database.h"

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
    if (Status s = tx.commit(); !s) {
        return Result<int>::failure(s.error());
    }
    return total;
}

} // namespace fieldbook
