#pragma once

#include "database/Result.h"
#include "ui/workspace/DataArea.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QLabel;
class QTimer;
class QWidget;

namespace fieldbook {

class WorkspaceContext;

// Binds a QPlainTextEdit or QLineEdit to one personal-data field (interview notes, an answer's
// note, the link to the register). Text is sealed by the context's protector before it is
// written (500 ms after typing stops and on focus-out), as an undoable SetFieldCommand whose
// values are the sealed bytes, never the text. Without an unlocked protector the editor is
// read-only and says the field is locked; nothing is written, so nothing stored is lost.
class SealedTextBinding : public QObject
{
    Q_OBJECT

public:
    SealedTextBinding(WorkspaceContext& context, QWidget* editor, QLabel* state, const QString& table,
                      const QString& column, DataArea area, const QString& undoText);
    ~SealedTextBinding() override;

    // The row; empty with an ensureRow hook means "created on the first text typed".
    void setUuid(const QString& uuid);
    QString uuid() const
    {
        return m_uuid;
    }
    void setEnsureRow(std::function<Result<QString>()> ensure)
    {
        m_ensureRow = std::move(ensure);
    }
    void reload();
    void flush();
    bool isLocked() const
    {
        return m_locked;
    }

signals:
    void saved();
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString editorText() const;
    void showText(const QString& text);
    void setLocked(bool locked, const QString& why);

    WorkspaceContext& m_context;
    QPointer<QWidget> m_editor;
    QPointer<QLabel> m_state;
    QString m_table;
    QString m_column;
    DataArea m_area;
    QString m_undoText;
    QString m_uuid;
    QString m_saved;       // the plaintext last written or read
    QString m_pendingText; // typed, waiting for the timer
    std::function<Result<QString>()> m_ensureRow;
    QTimer* m_timer = nullptr;
    bool m_loading = false;
    bool m_locked = true;
};

} // namespace fieldbook
