#include "app/report/ReportLanguage.h"

#include "app/i18n/Languages.h"

#include <QCoreApplication>
#include <QTranslator>

namespace fieldbook {

class ReportLanguage::Translator : public QTranslator
{
public:
    bool loaded = false;

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        QString text = loaded ? QTranslator::translate(context, sourceText, disambiguation, n) : QString();
        // Never null: a null answer would let the next translator (the interface language) speak.
        return text.isNull() ? QString::fromUtf8(sourceText) : text;
    }
    bool isEmpty() const override
    {
        return false;
    }
};

QString ReportLanguage::normalise(const QString& language)
{
    if (Languages::isSupported(language)) {
        return language;
    }
    if (language.trimmed().isEmpty()) {
        return QStringLiteral("en");
    }
    return Languages::bestMatch(QLocale(QString(language).replace(QLatin1Char('-'), QLatin1Char('_'))));
}

ReportLanguage::ReportLanguage(const QString& language)
    : m_translator(std::make_unique<Translator>()), m_language(normalise(language))
{
    if (m_language != QLatin1String("en")) {
        const QString file = QStringLiteral("fieldbook_") + m_language;
        const QStringList folders{QStringLiteral(":/i18n"),
                                  QCoreApplication::applicationDirPath() + QStringLiteral("/translations")};
        for (const QString& folder : folders) {
            if (m_translator->load(file, folder)) {
                m_translator->loaded = true;
                break;
            }
        }
    }
    QCoreApplication::installTranslator(m_translator.get());
}

ReportLanguage::~ReportLanguage()
{
    QCoreApplication::removeTranslator(m_translator.get());
}

bool ReportLanguage::translated() const
{
    return m_translator->loaded;
}

} // namespace fieldbook
