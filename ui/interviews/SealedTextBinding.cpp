#include "ui/interviews/SealedTextBinding.h"

#include "app/interviews/InterviewStore.h"
#include "database/FieldEditor.h"
#include "ui/undo/SetFieldCommand.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>

namespace fieldbook {

namespace {
constexpr int kTypingDelayMs = 500;
}

SealedTextBinding::SealedTextBinding(WorkspaceContext& context, QWidget* editor, QLabel* state, const QString& table,
                                     const QString& column, DataArea area, const QString& undoText)
    : QObject(editor), m_context(context), m_editor(editor), m_state(state), m_table(table), m_column(column),
      m_area(area), m_undoText(undoText)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kTypingDelayMs);
    connect(m_timer, &QTimer::timeout, this, &SealedTextBinding::flush);
    editor->installEventFilter(this);
    const auto typed = [this] {
        if (!m_loading && !m_locked) {
            m_pendingText = editorText();
            m_timer->start();
        }
    };
    if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        connect(plain, &QPlainTextEdit::textChanged, this, typed);
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        connect(line, &QLineEdit::textEdited, this, typed);
        connect(line, &QLineEdit::editingFinished, this, &SealedTextBinding::flush);
    }
    connect(&context, &WorkspaceContext::auditDataChanged, this, [this](DataArea changed) {
        if (changed == m_area && !m_timer->isActive()) {
            reload();
        }
    });
    connect(&context, &WorkspaceContext::protectorChanged, this, [this] {
        flush();
        reload();
    });
    setLocked(true, QString());
}

SealedTextBinding::~SealedTextBinding()
{
    // Typing not yet written: sealed and saved without an undo step (the stack is going away).
    // Never read the editor here: it may be half destroyed; the text was captured as typed.
    if (m_timer->isActive() && !m_locked && !m_pendingText.isNull()) {
        InterviewStore store(m_context.database(), m_context.protector());
        QString uuid = m_uuid;
        if (uuid.isEmpty() && m_ensureRow) {
            Result<QString> row = m_ensureRow();
            uuid = row ? *row : QString();
        }
        if (!uuid.isEmpty()) {
            store.setPersonalText(m_table, uuid, m_column, m_pendingText);
        }
    }
}

QString SealedTextBinding::editorText() const
{
    if (auto* plain = qobject_cast<QPlainTextEdit*>(m_editor)) {
        return plain->toPlainText();
    }
    if (auto* line = qobject_cast<QLineEdit*>(m_editor)) {
        return line->text();
    }
    return {};
}

void SealedTextBinding::showText(const QString& text)
{
    m_loading = true;
    if (auto* plain = qobject_cast<QPlainTextEdit*>(m_editor)) {
        if (plain->toPlainText() != text) {
            plain->setPlainText(text);
        }
    } else if (auto* line = qobject_cast<QLineEdit*>(m_editor)) {
        if (line->text() != text) {
            line->setText(text);
        }
    }
    m_loading = false;
}

void SealedTextBinding::setLocked(bool locked, const QString& why)
{
    m_locked = locked;
    if (!m_editor) {
        return;
    }
    // Locked fields are greyed out as well as read-only: they must not look like a place to type.
    const bool hasRow = !m_uuid.isEmpty() || m_ensureRow;
    m_editor->setEnabled(hasRow && !locked);
    if (auto* plain = qobject_cast<QPlainTextEdit*>(m_editor)) {
        plain->setReadOnly(locked);
    } else if (auto* line = qobject_cast<QLineEdit*>(m_editor)) {
        line->setReadOnly(locked);
    }
    if (m_state) {
        m_state->setText(why);
        m_state->setVisible(!why.isEmpty());
    }
}

void SealedTextBinding::setUuid(const QString& uuid)
{
    flush();
    m_uuid = uuid;
    reload();
}

void SealedTextBinding::reload()
{
    if (!m_editor) {
        return;
    }
    InterviewStore store(m_context.database(), m_context.protector());
    SealedText stored;
    if (!m_uuid.isEmpty()) {
        Result<SealedText> read = store.personalText(m_table, m_uuid, m_column);
        if (!read) {
            emit errorOccurred(read.error());
            return;
        }
        stored = *read;
    }
    const bool unlocked = store.canSeal();
    switch (stored.state) {
    case SealedText::Open:
        m_saved = stored.text;
        showText(stored.text);
        setLocked(false, QString());
        break;
    case SealedText::Empty:
        m_saved.clear();
        showText(QString());
        setLocked(!unlocked, unlocked ? QString()
                                      : tr("Locked: unlock personal data (your passphrase) to write here. "
                                           "Nothing is stored without it."));
        break;
    case SealedText::Locked:
        m_saved.clear();
        showText(QString());
        setLocked(true, tr("Stored encrypted. Unlock personal data (your passphrase) to read or change it."));
        break;
    case SealedText::Unreadable:
        m_saved.clear();
        showText(QString());
        setLocked(true, tr("Encrypted with another auditor's key: it cannot be read here and is kept as it is."));
        break;
    }
}

void SealedTextBinding::flush()
{
    m_timer->stop();
    if (!m_editor || m_loading || m_locked) {
        return;
    }
    const QString text = editorText();
    if (text == m_saved) {
        return;
    }
    InterviewStore store(m_context.database(), m_context.protector());
    if (m_uuid.isEmpty()) {
        if (!m_ensureRow) {
            return;
        }
        Result<QString> row = m_ensureRow();
        if (!row) {
            emit errorOccurred(row.error());
            return;
        }
        m_uuid = *row;
    }
    Result<QVariant> sealed = store.sealedFor(m_table, m_uuid, m_column, text);
    if (!sealed) {
        emit errorOccurred(sealed.error());
        reload();
        return;
    }
    // Marked saved before the write: apply() announces the change, which reloads this binding.
    const QString previous = m_saved;
    m_saved = text;
    Status s = SetFieldCommand::apply(m_context, m_table, m_uuid, m_column, *sealed, m_area, m_undoText);
    if (!s) {
        m_saved = previous;
        emit errorOccurred(s.error());
        return;
    }
    emit saved();
}

bool SealedTextBinding::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut) {
        flush();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fieldbook
