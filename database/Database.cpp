#include "database/Database.h"
#include "database/Migration.h"
#include "database/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>
#include <utility>

namespace fieldbook {

namespace {
constexpr int kBusyTimeoutMs = 5000;
int g_savepointCounter = 0;
} // namespace

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)), m_actor(std::move(other.m_actor))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_actor = std::move(other.m_actor);
    }
    return *this;
}

void Database::close()
{
    if (m_db) {
        // sqlite3_close_v2 defers the close until every statement is finalized.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<Database> Database::openConnection(const QString& path, OpenMode mode)
{
    const bool inMemory = path == QLatin1String(":memory:"); // check-store's reference schema
    if (mode == OpenMode::ReadWrite && !inMemory) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            return Result<Database>::failure(
                QCoreApplication::translate("Database", "Cannot create the folder %1").arg(info.absolutePath()));
        }
    } else if (!inMemory && !QFileInfo::exists(path)) {
        return Result<Database>::failure(QCoreApplication::translate("Database", "No store at %1").arg(path));
    }

    if (mode == OpenMode::ReadWrite && !inMemory && !QFileInfo::exists(path)) {
        // A new store is the owner's alone (personal data, keys): create it 0600 before SQLite
        // opens it; SQLite gives its -wal and -shm files the same permissions.
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
        }
    }
    Database db;
    db.m_path = path;
    const int flags =
        (mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) |
        SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = db.m_db ? storeErrorText(db.m_db) : storeErrorText(rc, QString::fromUtf8(sqlite3_errstr(rc)));
        return Result<Database>::failure(
            QCoreApplication::translate("Database", "Cannot open the store %1: %2").arg(path, reason));
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    if (mode == OpenMode::ReadWrite && sqlite3_db_readonly(db.m_db, "main") == 1) {
        // SQLite quietly falls back to reading a file it may not write (a write-protected stick, a
        // read-only mount, no write permission); the auditor would only learn at the first edit.
        return Result<Database>::failure(
            QCoreApplication::translate("Database", "Cannot open the store %1: %2")
                .arg(path, storeErrorText(SQLITE_READONLY, QStringLiteral("attempt to write a readonly database"))));
    }
    // A store may come from someone else (--db, a copied file): its schema is not trusted. Defensive
    // mode refuses writes that could corrupt it on purpose (writable_schema, sqlite_dbpage...), and
    // with trusted_schema off its triggers and views cannot call functions with side effects.
    sqlite3_db_config(db.m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db.m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_busy_timeout(db.m_db, kBusyTimeoutMs);
    if (Status s = db.applyPragmas(mode); !s) {
        return Result<Database>::failure(
            QCoreApplication::translate("Database", "Cannot open the store %1: %2").arg(path, s.error()));
    }
    return Result<Database>(std::move(db));
}

Status Database::applyPragmas(OpenMode mode)
{
    // Reading the schema first turns "file is not a database" into a clean error here.
    if (Status s = exec(QStringLiteral("SELECT count(*) FROM sqlite_master")); !s) {
        return s;
    }
    QString pragmas = QStringLiteral("PRAGMA trusted_schema = OFF; PRAGMA foreign_keys = ON;");
    if (mode == OpenMode::ReadWrite) {
        // WAL: readers (background analysis) never block the auditor's edits.
        // synchronous=FULL: a committed edit survives power loss, not only a crash.
        pragmas += QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
    }
    return exec(pragmas);
}

Result<Database> Database::open(const QString& path, OpenMode mode)
{
    return openWithMigrations(path, mode == OpenMode::ReadOnly ? QList<Migration>{} : Migrator::builtIn(), mode);
}

Result<Database> Database::openWithMigrations(const QString& path, const QList<Migration>& migrations)
{
    return openWithMigrations(path, migrations, OpenMode::ReadWrite);
}

Result<Database> Database::openWithMigrations(const QString& path, const QList<Migration>& migrations, OpenMode mode)
{
    Result<Database> opened = openConnection(path, mode);
    if (!opened) {
        return opened;
    }
    Database db = opened.take();
    if (mode == OpenMode::ReadOnly) {
        const int version = db.schemaVersion();
        if (version != Migrator::latestVersion()) {
            return Result<Database>::failure(
                QCoreApplication::translate("Database",
                                            "The store %1 has schema version %2; this version of Fieldbook reads %3.")
                    .arg(path)
                    .arg(version)
                    .arg(Migrator::latestVersion()));
        }
        return Result<Database>(std::move(db));
    }
    if (Status s = Migrator::migrate(db, migrations); !s) {
        return Result<Database>::failure(s.error());
    }
    return Result<Database>(std::move(db));
}

Result<Statement> Database::prepare(const QString& sql) const
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        return Result<Statement>::failure(QStringLiteral("%1 (in: %2)").arg(lastError(), sql.simplified().left(200)));
    }
    return Result<Statement>(Statement(m_db, stmt));
}

Status Database::exec(const QString& sql) const
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString error = storeErrorText(rc, message ? QString::fromUtf8(message) : lastError());
        sqlite3_free(message);
        return Status::failure(error);
    }
    return Status::success();
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& binds) const
{
    Result<Statement> stmt = prepare(sql);
    if (!stmt) {
        return Result<QVariant>::failure(stmt.error());
    }
    for (int i = 0; i < binds.size(); ++i) {
        stmt->bindVariant(i + 1, binds.at(i));
    }
    if (stmt->step()) {
        return Result<QVariant>(stmt->value(0));
    }
    if (stmt->hasError()) {
        return Result<QVariant>::failure(stmt->errorMessage());
    }
    return Result<QVariant>(QVariant());
}

int Database::schemaVersion() const
{
    Result<QVariant> v = scalar(QStringLiteral("PRAGMA user_version"));
    return v ? v.value().toInt() : -1;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::lastError() const
{
    return storeErrorText(m_db);
}

Transaction::Transaction(const Database& db) : m_db(db)
{
    if (sqlite3_get_autocommit(db.handle()) == 0) {
        m_savepoint = QStringLiteral("fb_sp_%1").arg(++g_savepointCounter);
        if (Status s = m_db.exec(QStringLiteral("SAVEPOINT ") + m_savepoint); !s) {
            m_error = s.error();
            return;
        }
    } else if (Status s = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); !s) {
        m_error = s.error();
        return;
    }
    m_active = true;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active) {
        return Status::failure(m_error.isEmpty() ? QStringLiteral("transaction not active") : m_error);
    }
    const Status s = m_savepoint.isEmpty() ? m_db.exec(QStringLiteral("COMMIT"))
                                           : m_db.exec(QStringLiteral("RELEASE ") + m_savepoint);
    if (!s) {
        m_error = s.error();
        rollback();
        return s;
    }
    m_active = false;
    return Status::success();
}

void Transaction::rollback()
{
    if (!m_active) {
        return;
    }
    m_active = false;
    if (m_savepoint.isEmpty()) {
        m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        m_db.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint + QStringLiteral("; RELEASE ") + m_savepoint);
    }
}

} // namespace fieldbook
