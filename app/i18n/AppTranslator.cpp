#include "app/i18n/AppTranslator.h"

#include "app/i18n/Languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fieldbook {

namespace {
QString g_current = QStringLiteral("en");
}

AppTranslator::AppTranslator() = default;

AppTranslator::~AppTranslator()
{
    remove();
}

AppTranslator& AppTranslator::application()
{
    static AppTranslator translator;
    return translator;
}

QString AppTranslator::current()
{
    return g_current;
}

QString AppTranslator::qtTranslationsPath()
{
    const QString path = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // A relocated Qt (deployed beside the binary) may report a folder that does not exist.
    return QDir(path).exists() ? path : QStringLiteral("/usr/share/qt6/translations");
}

void AppTranslator::remove()
{
    if (!QCoreApplication::instance()) {
        return; // the application is gone (static destruction at exit): so are its translators
    }
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
    m_qtLoaded = false;
}

bool AppTranslator::install(const QString& language)
{
    remove();
    const QString code = Languages::isSupported(language) ? language : QStringLiteral("en");
    m_language = code;
    g_current = code;
    // Numbers, dates and data sizes follow the interface language too.
    QLocale::setDefault(code == Languages::systemDefault() ? QLocale::system() : QLocale(code));
    if (code == QLatin1String("en")) {
        return true;
    }
    // Qt's first, so that Fieldbook's own (installed last, searched first) wins where both translate.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + code, qtTranslationsPath())) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
        m_qtLoaded = true;
    }
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/fieldbook_") + code)) {
        return false;
    }
    QCoreApplication::installTranslator(app.get());
    m_app = std::move(app);
    return true;
}

} // namespace fieldbook
