#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <cstdint>

struct sqlite3;
struct sqlite3_stmt;

namespace fieldbook {

// A prepared SQLite statement. Move-only; finalized on destruction.
// Bind indexes are 1-based as in SQLite. Text is bound as UTF-8.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const
    {
        return m_stmt != nullptr;
    }

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* utf8, int length); // copies; length -1 = NUL terminated
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value);
    Statement& bind(int index, double value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);
    Statement& bindVariant(int index, const QVariant& value); // null, int, double, string, bytearray
    // Binds NULL for an empty string: "not recorded" in the record files.
    Statement& bindTextOrNull(int index, const QString& value);
    int parameterIndex(const char* name) const;

    // Steps once. Returns true while a row is available; false when done or on error (see hasError()).
    bool step();
    // Steps to completion of a statement that returns no rows; false on error.
    bool exec();
    void reset(); // reset and clear bindings, ready for the next row of a batch
    bool hasError() const
    {
        return m_error;
    }
    QString errorMessage() const;

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;
    QString columnName(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_error = false;
};

} // namespace fieldbook
