#include "database/Database.h"
#include "database/Migration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace fieldbook {

QList<Migration> Migrator::builtIn()
{
    // Parsed once: the files are compiled into the binary and never change at run time.
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        const QDir dir(QStringLiteral(":/database/migrations"));
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
        for (const QString& fileName : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const QRegularExpressionMatch m = pattern.match(fileName);
            if (!m.hasMatch()) {
                qFatal("Badly named migration %s", qPrintable(fileName));
            }
            QFile file(dir.filePath(fileName));
            if (!file.open(QIODevice::ReadOnly)) {
                qFatal("Cannot read built-in migration %s", qPrintable(fileName));
            }
            list.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(file.readAll())});
        }
        return list;
    }();
    return migrations;
}

int Migrator::latestVersion()
{
    const QList<Migration> list = builtIn();
    return list.isEmpty() ? 0 : list.last().version;
}

Status Migrator::validate(const QList<Migration>& migrations)
{
    for (int i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1) {
            return Status::failure(QStringLiteral("Migration %1 (%2) is out of order: expected version %3")
                                       .arg(migrations.at(i).version)
                                       .arg(migrations.at(i).name)
                                       .arg(i + 1));
        }
    }
    return Status::success();
}

Status Migrator::migrate(Database& db, const QList<Migration>& migrations)
{
    if (Status s = validate(migrations); !s) {
        return s;
    }
    const int current = db.schemaVersion();
    if (current < 0) {
        return Status::failure(db.lastError());
    }
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current > latest) {
        // Never touch a store written by a newer Fieldbook: we would not know what we break.
        return Status::failure(QCoreApplication::translate("Database",
                                                           "The store %1 was written by a newer version of Fieldbook "
                                                           "(schema %2; this version knows up to %3). Update Fieldbook.")
                                   .arg(db.path())
                                   .arg(current)
                                   .arg(latest));
    }
    for (const Migration& migration : migrations) {
        if (migration.version <= current) {
            continue;
        }
        Transaction tx(db);
        if (!tx.isActive()) {
            return Status::failure(tx.error());
        }
        Status s = db.exec(migration.sql);
        if (s) {
            s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        }
        if (s) {
            // Catch a migration that leaves dangling references before it is committed.
            Result<QVariant> fk = db.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
            if (fk && fk.value().toInt() > 0) {
                s = Status::failure(QStringLiteral("foreign key check failed"));
            }
        }
        if (s) {
            s = tx.commit();
        }
        if (!s) {
            return Status::failure(QCoreApplication::translate("Database", "Upgrading the store to version %1 (%2) failed: %3")
                                       .arg(migration.version)
                                       .arg(migration.name, s.error()));
        }
    }
    return Status::success();
}

} // namespace fieldbook
