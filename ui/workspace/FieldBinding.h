#pragma once

#include "database/Result.h"
#include "ui/workspace/DataArea.h"

#include <QObject>
#include <QPointer>
#include <QVariant>
#include <functional>

class QTimer;
class QWidget;

namespace fieldbook {

class WorkspaceContext;

// Binds one editor widget to one field of one row (table, uuid, column). Choices are saved at
// once; typed text 500 ms after the last keystroke and on focus-out. Every save is an undoable
// SetFieldCommand; undo/redo (announced as auditDataChanged(area)) refreshes the editor.
// Supported editors: QLineEdit, QPlainTextEdit, QComboBox (item data), QDateEdit, QSpinBox, QCheckBox.
class FieldBinding : public QObject
{
    Q_OBJECT

public:
    FieldBinding(WorkspaceContext& context, QWidget* editor, const QString& table, const QString& column, DataArea area,
                 const QString& undoText);
    ~FieldBinding() override;

    // Shows the row's value; an empty uuid disables the editor.
    void setUuid(const QString& uuid);
    QString uuid() const
    {
        return m_uuid;
    }
    void reload();
    void flush();
    // Typed text waiting for the typing pause before it is written.
    bool hasPendingEdit() const;
    // Empty text is stored as NULL (for optional dates, choices and numbers).
    void setNullIfEmpty(bool on)
    {
        m_nullIfEmpty = on;
    }
    // Turns what the editor holds into the value to store (a typed "52,5" into 52.5), or refuses
    // it with a message: the store's own rules (app/) decide, the editor only shows them.
    using Converter = std::function<Result<QVariant>(const QVariant& editorValue)>;
    void setConverter(Converter converter)
    {
        m_converter = std::move(converter);
    }

signals:
    void saved();
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QVariant editorValue() const;
    void showValue(const QVariant& value);
    void onEdited(bool typed);

    WorkspaceContext& m_context;
    QPointer<QWidget> m_editor;
    QString m_table;
    QString m_column;
    DataArea m_area;
    QString m_undoText;
    QString m_uuid;
    QVariant m_saved;
    QVariant m_pending; // typed, waiting for the timer
    QTimer* m_timer = nullptr;
    bool m_loading = false;
    bool m_nullIfEmpty = false;
    Converter m_converter;
};

} // namespace fieldbook
