#pragma once

#include "app/fieldwork/AuditPhase.h"

class QWidget;

namespace fieldbook {

class WorkspaceContext;
class WorkspacePage;

// Creates the page that shows one phase of the audit. One line per page in PageFactory.cpp.
class PageFactory
{
public:
    static WorkspacePage* create(AuditPhase phase, WorkspaceContext& context, QWidget* parent = nullptr);
};

} // namespace fieldbook
