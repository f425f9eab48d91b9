#include "app/sync/AuditPackage.h"
#include "app/signing/KeyStore.h"
#include "app/sync/AuditTables.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// would put these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Package)
};

const QString kBase64Key = QStringLiteral("$base64");

QJsonValue toJson(const QVariant& v)
{
    if (!v.isValid() || v.isNull()) {
        return QJsonValue::Null;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
        return double(v.toLongLong());
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QByteArray:
        return QJsonObject{{kBase64Key, QString::fromLatin1(v.toByteArray().toBase64())}};
    default:
        return v.toString();
    }
}

QVariant fromJson(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined()) {
        return {};
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QVariant(qint64(d)) : QVariant(d);
    }
    if (v.isObject()) {
        return QByteArray::fromBase64(v.toObject().value(kBase64Key).toString().toLatin1());
    }
    return v.toString();
}

QSet<QString> personalColumns(const Database& db, const QString& table)
{
    QSet<QString> set;
    Result<Statement> s =
        db.prepare(QStringLiteral("SELECT column_name FROM personal_data_columns WHERE table_name = ?1"));
    if (s) {
        s->bind(1, table);
        while (s->step()) {
            set.insert(s->text(0));
        }
    }
    return set;
}

QStringList tableColumns(const Database& db, const QString& table)
{
    QStringList columns;
    Result<Statement> s = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1)"));
    if (s) {
        s->bind(1, table);
        while (s->step()) {
            columns << s->text(0);
        }
    }
    return columns;
}

} // namespace

Result<PackageContainer> AuditPackage::build(const Database& db, const PackageExportOptions& options)
{
    using R = Result<PackageContainer>;
    Result<QVariant> auditId = db.scalar(QStringLiteral("SELECT id FROM audits WHERE uuid = ?1"), {options.auditUuid});
    if (!auditId || !auditId->isValid() || auditId->isNull()) {
        return R::failure(Tr::tr("No audit %1 in this store.").arg(options.auditUuid));
    }
    QHash<QString, QHash<qint64, QString>> uuidOf; // table -> local id -> uuid
    QJsonObject tables;
    PackageContainer container;
    for (const AuditTable& t : auditTables()) {
        const QSet<QString> personal = personalColumns(db, t.name);
        Result<Statement> s = db.prepare(t.rowsOfAudit);
        if (!s) {
            return R::failure(s.error());
        }
        s->bind(1, auditId->toLongLong());
        QJsonArray rows;
        while (s->step()) {
            QJsonObject row;
            qint64 localId = 0;
            for (int c = 0; c < s->columnCount(); ++c) {
                const QString column = s->columnName(c);
                if (column == QLatin1String("id")) {
                    localId = s->int64(c);
                    continue;
                }
                if (t.excluded.contains(column)) {
                    continue;
                }
                if (personal.contains(column)) {
                    row.insert(column, QJsonValue::Null); // personal data is left out of the package
                    continue;
                }
                if (t.refs.contains(column)) {
                    row.insert(column, s->isNull(c) ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(uuidOf[t.refs.value(column)].value(s->int64(c))));
                    continue;
                }
                row.insert(column, toJson(s->value(c)));
            }
            if (t.hasUuid) {
                uuidOf[t.name].insert(localId, row.value(QStringLiteral("uuid")).toString());
            }
            rows.append(row);
        }
        if (s->hasError()) {
            return R::failure(s->errorMessage());
        }
        tables.insert(t.name, rows);
    }
    // Evidence files travel as entries of their own, named by uuid.
    Result<Statement> evidence =
        db.prepare(QStringLiteral("SELECT uuid, content FROM evidence WHERE audit_id = ?1 ORDER BY id"));
    if (!evidence) {
        return R::failure(evidence.error());
    }
    evidence->bind(1, auditId->toLongLong());
    QList<PackageEntry> evidenceEntries;
    while (evidence->step()) {
        evidenceEntries.append({QStringLiteral("evidence/") + evidence->text(0), evidence->blob(1)});
    }
    const QJsonObject audit{{QStringLiteral("format_version"), 1},
                            {QStringLiteral("audit_uuid"), options.auditUuid},
                            {QStringLiteral("exported_at"), nowUtc()},
                            {QStringLiteral("personal_data"), QStringLiteral("omitted")},
                            {QStringLiteral("tables"), tables}};
    container.meta = {{QStringLiteral("audit_uuid"), options.auditUuid},
                      {QStringLiteral("created_at"), nowUtc()},
                      {QStringLiteral("personal_data"), QStringLiteral("omitted")}};
    container.entries.append({QStringLiteral("audit.json"), QJsonDocument(audit).toJson(QJsonDocument::Compact)});
    if (!options.reportPdfPath.isEmpty()) {
        QFile pdf(options.reportPdfPath);
        if (!pdf.open(QIODevice::ReadOnly)) {
            return R::failure(Tr::tr("%1: cannot read: %2").arg(options.reportPdfPath, pdf.errorString()));
        }
        container.entries.append({QStringLiteral("report.pdf"), pdf.readAll()});
    }
    container.entries.append(evidenceEntries);
    return container;
}

Status AuditPackage::exportSigned(const Database& db, const PackageExportOptions& options, const SigningKeyPair& key,
                                  const QString& signer, const QString& path)
{
    Result<PackageContainer> container = build(db, options);
    if (!container) {
        return Status::failure(container.error());
    }
    const QByteArray bytes = container->serialize();
    const MinisignSignature signature =
        Minisign::sign(bytes, key, Minisign::trustedComment(QFileInfo(path).fileName(), signer),
                       QStringLiteral("Fieldbook audit package, signer key %1").arg(key.publicKey.keyIdHex()));
    // Package and signature are each written whole or not at all.
    QSaveFile file(path);
    QSaveFile sig(path + QStringLiteral(".minisig"));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Status::failure(Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    }
    if (!sig.open(QIODevice::WriteOnly) || sig.write(signature.toFile()) < 0 || !sig.commit()) {
        QFile::remove(path);
        return Status::failure(Tr::tr("%1: cannot write the signature: %2").arg(sig.fileName(), sig.errorString()));
    }
    return Status::success();
}

Result<PackageImportResult> AuditPackage::importSigned(const Database& db, const QString& path,
                                                       const MinisignPublicKey* publicKey)
{
    using R = Result<PackageImportResult>;
    QFile file(path);
    QFile sigFile(path + QStringLiteral(".minisig"));
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(Tr::tr("%1: cannot read: %2").arg(path, file.errorString()));
    }
    if (!sigFile.open(QIODevice::ReadOnly)) {
        return R::failure(Tr::tr("%1: no signature beside it (%2.minisig): refused").arg(path, path));
    }
    const QByteArray bytes = file.readAll();
    Result<MinisignSignature> signature = MinisignSignature::parse(sigFile.readAll(), sigFile.fileName());
    if (!signature) {
        return R::failure(Tr::tr("%1: refused: %2").arg(path, signature.error()));
    }
    Result<MinisignPublicKey> key =
        publicKey ? Result<MinisignPublicKey>(*publicKey) : KeyStore::verificationKey(db, signature->keyId);
    if (!key) {
        return R::failure(Tr::tr("%1: refused: %2").arg(path, key.error()));
    }
    if (Status valid = Minisign::verify(bytes, signature.value(), key.value()); !valid) {
        return R::failure(Tr::tr("%1: refused, the package was tampered with: %2").arg(path, valid.error()));
    }
    Result<PackageContainer> container = PackageContainer::parse(bytes);
    if (!container) {
        return R::failure(Tr::tr("%1: refused: %2").arg(path, container.error()));
    }
    const PackageEntry* auditEntry = container->entry(QStringLiteral("audit.json"));
    if (!auditEntry) {
        return R::failure(Tr::tr("%1: refused: no audit.json in the package").arg(path));
    }
    const QJsonObject audit = QJsonDocument::fromJson(auditEntry->data).object();
    const QJsonObject tables = audit.value(QStringLiteral("tables")).toObject();

    PackageImportResult result;
    result.auditUuid = audit.value(QStringLiteral("audit_uuid")).toString();
    result.signer = signature->trustedComment;
    const QString packageHash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    Transaction tx(db);
    if (!tx.isActive()) {
        return R::failure(tx.error());
    }
    Result<QVariant> seen =
        db.scalar(QStringLiteral("SELECT count(*) FROM package_imports WHERE package_sha256 = ?1"), {packageHash});
    if (seen && seen->toInt() > 0) {
        result.alreadyImported = true;
        return result;
    }
    const QString now = nowUtc();
    Result<Statement> packageRow = db.prepare(QStringLiteral(
        "INSERT INTO package_imports (uuid, audit_uuid, package_sha256, signer_key_id, signed_at, imported_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!packageRow) {
        return R::failure(packageRow.error());
    }
    const QDateTime signedAt = Minisign::timestampOf(signature->trustedComment);
    packageRow->bind(1, newUuid())
        .bind(2, result.auditUuid)
        .bind(3, packageHash)
        .bind(4, MinisignPublicKey{signature->keyId, {}}.keyIdHex())
        .bind(5, signedAt.isValid() ? signedAt.toString(Qt::ISODate) : QString())
        .bind(6, now);
    if (!packageRow->exec()) {
        return R::failure(packageRow->errorMessage());
    }
    const qint64 packageId = db.lastInsertRowId();

    QHash<QString, QHash<QString, qint64>> localId; // table -> uuid -> local id
    QSet<QString> insertedNow;                      // "table/uuid" of rows inserted by this import
    auto lookup = [&](const QString& table, const QString& uuid) -> QVariant {
        if (uuid.isEmpty()) {
            return {};
        }
        if (localId[table].contains(uuid)) {
            return localId[table].value(uuid);
        }
        Result<QVariant> id = db.scalar(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?1").arg(table), {uuid});
        if (id && id->isValid() && !id->isNull()) {
            localId[table].insert(uuid, id->toLongLong());
            return id.value();
        }
        return {};
    };

    Result<Statement> conflict = db.prepare(QStringLiteral(
        "INSERT INTO sync_conflicts (uuid, audit_id, package_id, entity, entity_uuid, field, local_value, "
        "incoming_value, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    if (!conflict) {
        return R::failure(conflict.error());
    }
    for (const AuditTable& t : auditTables()) {
        const QStringList known = tableColumns(db, t.name);
        const QSet<QString> personal = personalColumns(db, t.name);
        for (const QJsonValue& value : tables.value(t.name).toArray()) {
            const QJsonObject row = value.toObject();
            QStringList columns;
            QVariantList values;
            bool parentNew = false;
            for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
                if (!known.contains(it.key())) {
                    return R::failure(Tr::tr("%1: refused: unknown column %2.%3").arg(path, t.name, it.key()));
                }
                columns << it.key();
                if (t.refs.contains(it.key())) {
                    const QString parent = t.refs.value(it.key());
                    values << lookup(parent, it.value().toString());
                    parentNew |= insertedNow.contains(parent + QLatin1Char('/') + it.value().toString());
                } else {
                    values << fromJson(it.value());
                }
            }
            if (t.name == QLatin1String("evidence")) {
                const PackageEntry* blob =
                    container->entry(QStringLiteral("evidence/") + row.value(QStringLiteral("uuid")).toString());
                if (!blob) {
                    return R::failure(Tr::tr("%1: refused: an evidence file is missing").arg(path));
                }
                columns << QStringLiteral("content");
                values << blob->data;
            }
            const QString uuid = row.value(QStringLiteral("uuid")).toString();
            bool insert = false;
            if (t.hasUuid) {
                const QVariant existing = lookup(t.name, uuid);
                if (!existing.isValid()) {
                    insert = true;
                } else {
                    // Same row here already: differences are conflicts, shown to the user; local wins for now.
                    Result<Statement> local = db.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?1").arg(t.name));
                    local->bind(1, existing.toLongLong());
                    local->step();
                    bool differs = false;
                    for (int c = 0; c < local->columnCount(); ++c) {
                        const QString column = local->columnName(c);
                        if (!row.contains(column) || t.refs.contains(column) || personal.contains(column) ||
                            column == QLatin1String("updated_at") || column == QLatin1String("content")) {
                            continue;
                        }
                        const QJsonValue mine = toJson(local->value(c));
                        if (mine != row.value(column)) {
                            differs = true;
                            conflict->reset();
                            conflict->bind(1, newUuid())
                                .bindVariant(2, lookup(QStringLiteral("audits"), result.auditUuid))
                                .bind(3, packageId)
                                .bind(4, t.name)
                                .bind(5, uuid)
                                .bind(6, column)
                                .bind(7, local->value(c).toString())
                                .bind(8, fromJson(row.value(column)).toString())
                                .bind(9, now);
                            if (!conflict->exec()) {
                                return R::failure(conflict->errorMessage());
                            }
                            ++result.conflicts;
                        }
                    }
                    if (!differs) {
                        ++result.unchanged;
                    }
                }
            } else if (t.name == QLatin1String("audit_trail")) {
                Result<QVariant> exists = db.scalar(
                    QStringLiteral("SELECT count(*) FROM audit_trail WHERE at = ?1 AND actor = ?2 AND entity_uuid = ?3 "
                                   "AND action = ?4 AND coalesce(field, '') = coalesce(?5, '')"),
                    {fromJson(row.value(QStringLiteral("at"))), fromJson(row.value(QStringLiteral("actor"))),
                     fromJson(row.value(QStringLiteral("entity_uuid"))), fromJson(row.value(QStringLiteral("action"))),
                     fromJson(row.value(QStringLiteral("field")))});
                insert = exists && exists->toInt() == 0;
            } else {
                insert = parentNew; // rows without a uuid come with the parent they belong to
            }
            if (!insert) {
                continue;
            }
            QStringList placeholders;
            for (int i = 1; i <= columns.size(); ++i) {
                placeholders << QStringLiteral("?%1").arg(i);
            }
            Result<Statement> ins =
                db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(t.name, columns.join(QLatin1Char(',')), placeholders.join(QLatin1Char(','))));
            if (!ins) {
                return R::failure(ins.error());
            }
            for (int i = 0; i < values.size(); ++i) {
                ins->bindVariant(i + 1, values.at(i));
            }
            if (!ins->exec()) {
                return R::failure(Tr::tr("%1: %2 could not be merged: %3").arg(path, t.name, ins->errorMessage()));
            }
            ++result.inserted;
            if (t.hasUuid) {
                localId[t.name].insert(uuid, db.lastInsertRowId());
                insertedNow.insert(t.name + QLatin1Char('/') + uuid);
            }
        }
    }
    if (Status s = tx.commit(); !s) {
        return R::failure(s.error());
    }
    return result;
}

} // namespace fieldbook
