#pragma once

#include "ui/workspace/DataArea.h"
#include <QObject>
#include <QString>

class QUndoStack;

namespace fieldbook {

class Database;
class PersonalDataProtector;

// What every page of an open audit shares: the GUI thread's store connection, the audit,
// the undo stack for edits, and the personal-data protector (null or locked until the
// auditor gives the passphrase). Pages announce edits through auditDataChanged() so the
// others can refresh what they show.
class WorkspaceContext : public QObject
{
    Q_OBJECT

public:
    WorkspaceContext(Database& db, qint64 auditId, const QString& auditUuid, QUndoStack* undoStack,
                     QObject* parent = nullptr)
        : QObject(parent), m_db(db), m_auditId(auditId), m_auditUuid(auditUuid), m_undoStack(undoStack)
    {}

    Database& database() const
    {
        return m_db;
    }
    qint64 auditId() const
    {
        return m_auditId;
    }
    QString auditUuid() const
    {
        return m_auditUuid;
    }
    QUndoStack* undoStack() const
    {
        return m_undoStack;
    }
    PersonalDataProtector* protector() const
    {
        return m_protector;
    }
    void setProtector(PersonalDataProtector* protector)
    {
        m_protector = protector;
        emit protectorChanged();
    }

signals:
    // Something in the audit changed; `area` names what ("checklist", "findings", "records", ...).
    void auditDataChanged(fieldbook::DataArea area);
    void protectorChanged();
    // A page needs personal data and the protector is missing or locked: the app asks for the
    // passphrase (once per session) and calls setProtector() before this signal returns.
    void personalDataNeeded();

private:
    Database& m_db;
    qint64 m_auditId;
    QString m_auditUuid;
    QUndoStack* m_undoStack;
    PersonalDataProtector* m_protector = nullptr;
};

} // namespace fieldbook
