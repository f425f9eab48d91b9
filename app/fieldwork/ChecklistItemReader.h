#pragma once

#include "database/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace fieldbook {

class Database;

// One checklist question of an audit as the store holds it (the catalogs' English), with its
// current answer and notes and the code clauses it answers.
struct ChecklistItemRow
{
    qint64 itemId = 0;
    QString uuid;
    QString questionKey;
    QString section; // the section's key, as stored
    QString question;
    QString guidance;
    QString evidence;
    QStringList methods; // verification methods
    QString defaultSeverity;
    bool applicable = true;
    QString answer; // ChecklistAnswers id, empty when unanswered
    QString notes;
    QStringList clauses; // sorted
};

// The answer, notes and applicability of one question (refreshing answers after undo/redo).
struct ChecklistAnswerRow
{
    qint64 itemId = 0;
    QString answer;
    QString notes;
    bool applicable = true;
};

// Reads an audit's checklist for the checklist page: every question in one query (a few hundred
// load in milliseconds), one question after an edit, or only the answers.
class ChecklistItemReader
{
public:
    explicit ChecklistItemReader(const Database& db) : m_db(db)
    {}

    // In checklist order.
    Result<QList<ChecklistItemRow>> items(qint64 auditId) const;
    // Empty when there is no such item.
    Result<std::optional<ChecklistItemRow>> item(qint64 itemId) const;
    Result<QList<ChecklistAnswerRow>> answers(qint64 auditId) const;

private:
    const Database& m_db;
};

} // namespace fieldbook
