#pragma once

#include "ui/workspace/WorkspacePage.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace fieldbook {

// The end of the visit: a summary of what the report will contain, and the buttons that produce
// the PDF report and the signed package (enabled when those parts are in this build).
class ReportPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit ReportPage(WorkspaceContext& context, QWidget* parent = nullptr);

    AuditPhase phase() const override
    {
        return AuditPhase::Report;
    }
    void reload() override;
    // Writes the PDF report (unsigned draft) to `path` in the language chosen in the page's
    // language box (or `language` when given); false with a status message on failure.
    bool writeReport(const QString& path, const QString& language = QString());
    QComboBox* languageBox() const
    {
        return m_language;
    }

private:
    QLabel* m_summary = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_package = nullptr;
    QPushButton* m_complete = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace fieldbook
