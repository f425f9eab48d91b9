#include "app/report/ReportLanguage.h"

#include <QCoreApplication>

namespace fieldbook {

ReportLanguage::ReportLanguage(const QString& language)
{
    if (language.isEmpty() || language == QLatin1String("en")) {
        return;
    }
    const QString file = QStringLiteral("fieldbook_report_%1").arg(language);
    const QStringList folders{QStringLiteral(":/i18n"),
                              QCoreApplication::applicationDirPath() + QStringLiteral("/translations")};
    for (const QString& folder : folders) {
        if (m_translator.load(file, folder)) {
            m_installed = QCoreApplication::installTranslator(&m_translator);
            return;
        }
    }
}

ReportLanguage::~ReportLanguage()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
    }
}

} // namespace fieldbook
