#include "ui/workspace/FieldBinding.h"

#include "app/fieldwork/NonNullText.h"
#include "database/FieldEditor.h"
#include "ui/undo/SetFieldCommand.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimer>

namespace fieldbook {

namespace {
constexpr int kTypingDelayMs = 500;
}

FieldBinding::FieldBinding(WorkspaceContext& context, QWidget* editor, const QString& table, const QString& column,
                           DataArea area, const QString& undoText)
    : QObject(editor), m_context(context), m_editor(editor), m_table(table), m_column(column), m_area(area),
      m_undoText(undoText)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kTypingDelayMs);
    connect(m_timer, &QTimer::timeout, this, &FieldBinding::flush);
    editor->installEventFilter(this);
    if (auto* lineEdit = qobject_cast<QLineEdit*>(editor)) {
        connect(lineEdit, &QLineEdit::textEdited, this, [this] { onEdited(true); });
        connect(lineEdit, &QLineEdit::editingFinished, this, &FieldBinding::flush);
    } else if (auto* textEdit = qobject_cast<QPlainTextEdit*>(editor)) {
        connect(textEdit, &QPlainTextEdit::textChanged, this, [this] { onEdited(true); });
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { onEdited(false); });
    } else if (auto* dateEdit = qobject_cast<QDateEdit*>(editor)) {
        connect(dateEdit, &QDateEdit::dateChanged, this, [this] { onEdited(false); });
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        connect(spin, &QSpinBox::valueChanged, this, [this] { onEdited(true); });
        connect(spin, &QSpinBox::editingFinished, this, &FieldBinding::flush);
    } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        connect(check, &QCheckBox::toggled, this, [this] { onEdited(false); });
    }
    connect(&context, &WorkspaceContext::auditDataChanged, this, [this](DataArea changed) {
        if (changed == m_area && !m_timer->isActive()) {
            reload();
        }
    });
    editor->setEnabled(false);
}

FieldBinding::~FieldBinding()
{
    // The editor is being destroyed with its page (and may be half gone: never read it here).
    // Save what was typed and not yet written, without an undo step: the stack is going away.
    if (!m_uuid.isEmpty() && m_timer->isActive()) {
        QVariant value = m_pending;
        if (m_converter) {
            Result<QVariant> converted = m_converter(m_pending);
            if (!converted) {
                return; // refused by the store's rules: nothing valid to keep
            }
            value = *converted;
        }
        FieldEditor(m_context.database())
            .setValue(m_table, m_uuid, m_column,
                      value.typeId() == QMetaType::QString ? QVariant(nonNullText(value.toString())) : value);
    }
}

bool FieldBinding::hasPendingEdit() const
{
    return m_timer->isActive();
}

void FieldBinding::setUuid(const QString& uuid)
{
    flush();
    m_uuid = uuid;
    if (m_editor) {
        m_editor->setEnabled(!uuid.isEmpty());
    }
    reload();
}

void FieldBinding::reload()
{
    if (m_uuid.isEmpty() || !m_editor) {
        return;
    }
    Result<QVariant> value = FieldEditor(m_context.database()).value(m_table, m_uuid, m_column);
    if (!value) {
        emit errorOccurred(value.error());
        return;
    }
    m_saved = *value;
    showValue(*value);
}

void FieldBinding::showValue(const QVariant& value)
{
    m_loading = true;
    if (auto* lineEdit = qobject_cast<QLineEdit*>(m_editor)) {
        if (lineEdit->text() != value.toString()) {
            lineEdit->setText(value.toString());
            lineEdit->setCursorPosition(0); // show the start of long text, not its end
        }
    } else if (auto* textEdit = qobject_cast<QPlainTextEdit*>(m_editor)) {
        if (textEdit->toPlainText() != value.toString()) {
            textEdit->setPlainText(value.toString());
        }
    } else if (auto* combo = qobject_cast<QComboBox*>(m_editor)) {
        int index = combo->findData(value.isNull() ? QVariant(QString()) : value);
        if (index < 0 && value.canConvert<QString>()) {
            index = combo->findData(value.toString());
        }
        combo->setCurrentIndex(std::max(0, index));
    } else if (auto* dateEdit = qobject_cast<QDateEdit*>(m_editor)) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        dateEdit->setDate(date.isValid() ? date : dateEdit->minimumDate());
    } else if (auto* spin = qobject_cast<QSpinBox*>(m_editor)) {
        spin->setValue(value.toInt());
    } else if (auto* check = qobject_cast<QCheckBox*>(m_editor)) {
        check->setChecked(value.toInt() != 0);
    }
    m_loading = false;
}

QVariant FieldBinding::editorValue() const
{
    QVariant v;
    if (auto* lineEdit = qobject_cast<QLineEdit*>(m_editor)) {
        v = lineEdit->text();
    } else if (auto* textEdit = qobject_cast<QPlainTextEdit*>(m_editor)) {
        v = textEdit->toPlainText();
    } else if (auto* combo = qobject_cast<QComboBox*>(m_editor)) {
        v = combo->currentData();
    } else if (auto* dateEdit = qobject_cast<QDateEdit*>(m_editor)) {
        // The minimum date shows the "not set" text.
        v = dateEdit->date() == dateEdit->minimumDate() ? QVariant() : QVariant(dateEdit->date().toString(Qt::ISODate));
    } else if (auto* spin = qobject_cast<QSpinBox*>(m_editor)) {
        v = spin->value();
    } else if (auto* check = qobject_cast<QCheckBox*>(m_editor)) {
        v = check->isChecked() ? 1 : 0;
    }
    if (m_nullIfEmpty && v.typeId() == QMetaType::QString && v.toString().isEmpty()) {
        return {};
    }
    return v;
}

void FieldBinding::onEdited(bool typed)
{
    if (m_loading || m_uuid.isEmpty()) {
        return;
    }
    if (typed) {
        m_pending = editorValue();
        m_timer->start();
    } else {
        flush();
    }
}

void FieldBinding::flush()
{
    m_timer->stop();
    if (m_uuid.isEmpty() || !m_editor || m_loading) {
        return;
    }
    QVariant value = editorValue();
    if (m_converter) {
        Result<QVariant> converted = m_converter(value);
        if (!converted) {
            emit errorOccurred(converted.error());
            reload();
            return;
        }
        value = *converted;
    }
    if (value == m_saved && value.isNull() == m_saved.isNull()) {
        return;
    }
    Status s = SetFieldCommand::apply(m_context, m_table, m_uuid, m_column, value, m_area, m_undoText);
    if (!s) {
        emit errorOccurred(s.error());
        reload();
        return;
    }
    m_saved = value;
    emit saved();
}

bool FieldBinding::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut) {
        flush();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fieldbook
