#pragma once

#include "database/Result.h"
#include "ui/workspace/DataArea.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QVariant>

namespace fieldbook {

class WorkspaceContext;

// One edit of one field, undoable. The store is written through FieldEditor (value, updated_at
// and audit-trail row in one transaction). Consecutive typing in the same field merges into one
// step, so Ctrl+Z takes back a sentence rather than a letter.
class SetFieldCommand : public QUndoCommand
{
public:
    // `area` is what WorkspaceContext::auditDataChanged() announces after each undo/redo.
    SetFieldCommand(WorkspaceContext& context, const QString& table, const QString& uuid, const QString& column,
                    const QVariant& oldValue, const QVariant& newValue, DataArea area, const QString& text);

    // Writes the new value, then pushes the (already applied) command onto the context's undo
    // stack. Returns the error when the store refused it; nothing is pushed then.
    static Status apply(WorkspaceContext& context, const QString& table, const QString& uuid, const QString& column,
                        const QVariant& value, DataArea area, const QString& text);

    void undo() override;
    void redo() override;
    int id() const override
    {
        return 0x4642; // "FB"
    }
    bool mergeWith(const QUndoCommand* other) override;

    QString table() const
    {
        return m_table;
    }
    QString uuid() const
    {
        return m_uuid;
    }
    QString column() const
    {
        return m_column;
    }

private:
    void write(const QVariant& value);

    WorkspaceContext& m_context;
    QString m_table;
    QString m_uuid;
    QString m_column;
    QVariant m_old;
    QVariant m_new;
    DataArea m_area;
    bool m_skipFirstRedo = true;
    QElapsedTimer m_lastEdit;
};

} // namespace fieldbook
