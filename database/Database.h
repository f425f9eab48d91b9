#pragma once

#include "database/Result.h"
#include "database/Statement.h"

#include <QList>
#include <QString>
#include <QVariant>

struct sqlite3;

namespace fieldbook {

class Migration;

// One connection to a Fieldbook store (a SQLite file).
//
// Opening applies the durability settings every store needs (WAL, synchronous=FULL,
// foreign keys) and brings the schema to the latest version. Every user edit is its own
// committed transaction, so nothing typed is lost when the battery dies.
// A connection belongs to one thread; background work opens its own (WAL lets readers run
// beside the writer).
class Database
{
public:
    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    enum class OpenMode
    {
        ReadWrite, // create if missing, migrate to the latest schema
        ReadOnly   // never writes; refuses a store whose schema is newer or older than this build
    };

    static Result<Database> open(const QString& path, OpenMode mode = OpenMode::ReadWrite);
    // For tests of the migration machinery: migrate with a given list instead of the built-in one.
    static Result<Database> openWithMigrations(const QString& path, const QList<Migration>& migrations);

    bool isOpen() const
    {
        return m_db != nullptr;
    }
    QString path() const
    {
        return m_path;
    }
    sqlite3* handle() const
    {
        return m_db;
    }

    // Who is making the edits recorded in the audit trail (auditor name or key fingerprint).
    void setActor(const QString& actor)
    {
        m_actor = actor;
    }
    QString actor() const
    {
        return m_actor;
    }

    Result<Statement> prepare(const QString& sql) const;
    // Executes one or more statements with no bound values.
    Status exec(const QString& sql) const;
    // Convenience: first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& binds = {}) const;
    int schemaVersion() const;
    qint64 lastInsertRowId() const;
    int changes() const;
    QString lastError() const;

    void close();

private:
    static Result<Database> openConnection(const QString& path, OpenMode mode);
    static Result<Database> openWithMigrations(const QString& path, const QList<Migration>& migrations, OpenMode mode);
    Status applyPragmas(OpenMode mode);

    sqlite3* m_db = nullptr;
    QString m_path;
    QString m_actor;
};

// RAII write transaction (BEGIN IMMEDIATE): rolled back unless commit() succeeds.
// Nesting is handled with savepoints, so a store function can be transactional on its own
// and still be part of a larger import.
class Transaction
{
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const
    {
        return m_active;
    }
    QString error() const
    {
        return m_error;
    }
    Status commit();
    void rollback();

private:
    const Database& m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
    QString m_error;
};

} // namespace fieldbook
