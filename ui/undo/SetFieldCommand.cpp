#include "ui/undo/SetFieldCommand.h"

#include "app/fieldwork/NonNullText.h"
#include "database/FieldEditor.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QUndoStack>

namespace fieldbook {

namespace {
// Typing pauses longer than this start a new undo step.
constexpr qint64 kMergeWindowMs = 4000;

// Free-text columns, typed letter by letter; choices (answers, severities...) never merge.
bool isTypedColumn(const QString& column)
{
    static const QStringList typed = {QStringLiteral("notes"),
                                      QStringLiteral("body"),
                                      QStringLiteral("description"),
                                      QStringLiteral("root_cause"),
                                      QStringLiteral("evidence_text"),
                                      QStringLiteral("corrective_action"),
                                      QStringLiteral("preventive_action"),
                                      QStringLiteral("verification_notes"),
                                      QStringLiteral("scope"),
                                      QStringLiteral("title"),
                                      QStringLiteral("responsible"),
                                      QStringLiteral("name"),
                                      QStringLiteral("caption"),
                                      QStringLiteral("city"),
                                      QStringLiteral("address"),
                                      QStringLiteral("free_text"),
                                      QStringLiteral("worker_ref"),
                                      QStringLiteral("department"),
                                      QStringLiteral("interviewer")};
    return typed.contains(column);
}
} // namespace

SetFieldCommand::SetFieldCommand(WorkspaceContext& context, const QString& table, const QString& uuid,
                                 const QString& column, const QVariant& oldValue, const QVariant& newValue,
                                 DataArea area, const QString& text)
    : m_context(context), m_table(table), m_uuid(uuid), m_column(column), m_old(oldValue), m_new(newValue), m_area(area)
{
    setText(text);
    m_lastEdit.start();
}

Status SetFieldCommand::apply(WorkspaceContext& context, const QString& table, const QString& uuid,
                              const QString& column, const QVariant& input, DataArea area, const QString& text)
{
    // An empty editor gives a null QString, which would be stored as NULL: text columns want ''.
    const QVariant value = input.typeId() == QMetaType::QString ? QVariant(nonNullText(input.toString())) : input;
    Result<QVariant> previous = FieldEditor(context.database()).setValue(table, uuid, column, value);
    if (!previous) {
        return Status::failure(previous.error());
    }
    if (context.undoStack()) {
        context.undoStack()->push(new SetFieldCommand(context, table, uuid, column, *previous, value, area, text));
    }
    emit context.auditDataChanged(area);
    return Status::success();
}

void SetFieldCommand::write(const QVariant& value)
{
    Result<QVariant> written = FieldEditor(m_context.database()).setValue(m_table, m_uuid, m_column, value);
    if (!written) {
        // The row is gone (deleted elsewhere): this step can no longer be replayed.
        qWarning("Undo step \"%s\" could not be applied: %s", qPrintable(text()), qPrintable(written.error()));
        setObsolete(true);
        return;
    }
    emit m_context.auditDataChanged(m_area);
}

void SetFieldCommand::undo()
{
    write(m_old);
}

void SetFieldCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false; // apply() has written it already
        return;
    }
    write(m_new);
}

bool SetFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetFieldCommand*>(other);
    if (next->m_table != m_table || next->m_uuid != m_uuid || next->m_column != m_column || !isTypedColumn(m_column) ||
        m_lastEdit.elapsed() > kMergeWindowMs) {
        return false;
    }
    m_new = next->m_new;
    m_lastEdit.restart();
    return true;
}

} // namespace fieldbook
