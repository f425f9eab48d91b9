#include "ui/preferences/PreferencesDialog.h"

#include "app/i18n/LanguageSettings.h"
#include "app/i18n/Languages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace fieldbook {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_ui = new QComboBox(this);
    m_ui->setObjectName(QStringLiteral("uiLanguage"));
    m_ui->addItem(tr("System default (%1)").arg(Languages::nativeName(Languages::systemDefault())), QString());
    m_report = new QComboBox(this);
    m_report->setObjectName(QStringLiteral("reportLanguage"));
    m_report->addItem(tr("Same as the interface"), QString());
    // Each language is named in itself: whoever cannot read the current one still finds their own.
    for (const LanguageInfo& l : Languages::supported()) {
        m_ui->addItem(l.nativeName, l.code);
        m_report->addItem(l.nativeName, l.code);
    }
    m_ui->setCurrentIndex(std::max(0, m_ui->findData(LanguageSettings::uiLanguageChoice())));
    m_report->setCurrentIndex(std::max(0, m_report->findData(LanguageSettings::reportLanguageChoice())));
    form->addRow(tr("&Interface language:"), m_ui);
    form->addRow(tr("Default &report language:"), m_report);
    layout->addLayout(form);
    auto* note = new QLabel(tr("The interface changes at once; the open audit stays open. The report language "
                               "can still be chosen for each report when it is generated."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    layout->addWidget(buttons);
}

QString PreferencesDialog::uiLanguageChoice() const
{
    return m_ui->currentData().toString();
}

QString PreferencesDialog::reportLanguageChoice() const
{
    return m_report->currentData().toString();
}

void PreferencesDialog::accept()
{
    LanguageSettings::setUiLanguageChoice(uiLanguageChoice());
    LanguageSettings::setReportLanguageChoice(reportLanguageChoice());
    QDialog::accept();
}

} // namespace fieldbook
