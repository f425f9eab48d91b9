#include "database/Database.h"
#include "database/Migration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace fieldbook {

namespace {

// A migration whose first line is this rebuilds a table other tables reference, and runs with
// foreign keys off. With them on, DROP TABLE deletes the table's rows first and every
// ON DELETE CASCADE of its children fires: the rows would be gone before the new table takes the
// old one's name. SQLite ignores the pragma inside a transaction, so it is set around it; the
// foreign_key_check before each commit still catches a reference the step left dangling.
constexpr char kForeignKeysOffMarker[] = "-- fieldbook: foreign keys off";

class ForeignKeysOff
{
public:
    ForeignKeysOff(Database& db, bool off) : m_db(db), m_off(off)
    {
        if (m_off) {
            static_cast<void>(m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            // Never go on with them silently still on (the pragma is a no-op in a transaction).
            const Result<QVariant> now = m_db.scalar(QStringLiteral("PRAGMA foreign_keys"));
            m_ok = now && now.value().toInt() == 0;
        }
    }
    ~ForeignKeysOff()
    {
        if (m_off) {
            static_cast<void>(m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        }
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

    bool ok() const
    {
        return m_ok;
    }

private:
    Database& m_db;
    bool m_off = false;
    bool m_ok = true;
};

} // namespace

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
        return Status::failure(
            QCoreApplication::translate("Database", "The store %1 was written by a newer version of Fieldbook "
                                                    "(schema %2; this version knows up to %3). Update Fieldbook.")
                .arg(db.path())
                .arg(current)
                .arg(latest));
    }
    for (const Migration& migration : migrations) {
        if (migration.version <= current) {
            continue;
        }
        // Declared before the transaction: foreign keys come back on only after it has ended.
        ForeignKeysOff keysOff(db, migration.sql.startsWith(QLatin1String(kForeignKeysOffMarker)));
        if (!keysOff.ok()) {
            return Status::failure(
                QCoreApplication::translate("Database", "Upgrading the store to version %1 (%2) failed: %3")
                    .arg(migration.version)
                    .arg(migration.name, QStringLiteral("foreign keys could not be turned off")));
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
            return Status::failure(
                QCoreApplication::translate("Database", "Upgrading the store to version %1 (%2) failed: %3")
                    .arg(migration.version)
                    .arg(migration.name, s.error()));
        }
    }
    return Status::success();
}

} // namespace fieldbook
