#pragma once

#include "database/Result.h"

#include <QString>

namespace fieldbook {

class Database;

// The answers an auditor gives to checklist questions. The response row of a question is created
// with its first answer or note; every change goes through FieldEditor (one transaction with its
// audit-trail row), so nothing typed is lost and every change can be traced.
class ChecklistResponses
{
public:
    explicit ChecklistResponses(const Database& db) : m_db(db)
    {}

    // The uuid of the item's response row, created (with an audit-trail row) when missing.
    Result<QString> ensureResponse(qint64 itemId);
    // Each returns the previous value. An answer is one of ChecklistAnswers::ids(), or empty.
    Result<QString> setAnswer(qint64 itemId, const QString& answer);
    Result<QString> setNotes(qint64 itemId, const QString& notes);
    Result<QString> answer(qint64 itemId) const;
    Result<QString> notes(qint64 itemId) const;

private:
    Result<QString> field(qint64 itemId, const char* column) const;
    Result<QString> setField(qint64 itemId, const QString& column, const QVariant& value);

    const Database& m_db;
};

} // namespace fieldbook
