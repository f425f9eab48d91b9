#pragma once

#include "app/fieldwork/AuditPhase.h"

#include <QVariant>
#include <QWidget>

namespace fieldbook {

class WorkspaceContext;

// One phase of the audit workspace. Pages are created by ui/workspace/PageFactory.cpp and shown
// one at a time beside the phase list. A page loads lazily (reload() when first shown and when the
// audit data changes) so opening an audit and switching phases stay fast.
class WorkspacePage : public QWidget
{
    Q_OBJECT

public:
    WorkspacePage(WorkspaceContext& context, QWidget* parent = nullptr) : QWidget(parent), m_context(context)
    {}

    virtual AuditPhase phase() const = 0;
    // How far the phase has got: PhaseProgressCalculator's answer, the same as the phase list's.
    PhaseProgress progress() const;
    // Reloads what the page shows from the store.
    virtual void reload() = 0;
    // Writes typing that is still waiting for its timer (before the page is rebuilt or closed).
    virtual void flushEdits();
    // Where the auditor is on the page (selection, filters), to come back to the same place after
    // the workspace is rebuilt in another language. Pages without such state keep the defaults.
    virtual QVariant viewState() const
    {
        return {};
    }
    virtual void restoreViewState(const QVariant& state)
    {
        Q_UNUSED(state);
    }

    WorkspaceContext& context() const
    {
        return m_context;
    }

signals:
    void progressChanged();

private:
    WorkspaceContext& m_context;
};

} // namespace fieldbook
