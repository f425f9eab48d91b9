#include "app/core/AppPaths.h"
#include "app/core/Version.h"
#include "app/demo/DemoLauncher.h"
#include "app/i18n/AppTranslator.h"
#include "app/i18n/LanguageSettings.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotWalker.h"
#include "ui/welcome/WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStyleFactory>
#include <QTimer>
#include <cstdio>
#include <sys/stat.h>

namespace {

struct Options
{
    QCommandLineOption db{QStringLiteral("db"), QCoreApplication::translate("main", "Use the store FILE."),
                          QStringLiteral("FILE")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Open the bundled demo audit.")};
    QCommandLineOption smoke{
        QStringLiteral("smoke-test"),
        QCoreApplication::translate("main", "Open the store and the window, then exit (for packaging tests).")};
    QCommandLineOption shots{
        QStringLiteral("screenshot-dir"),
        QCoreApplication::translate("main", "Save a screenshot of every phase into DIR, then exit."),
        QStringLiteral("DIR")};
    QCommandLineOption dark{QStringLiteral("dark"), QCoreApplication::translate("main", "Use a dark palette.")};
};

void configure(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Offline companion for social-compliance auditors."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.db, options.demo, options.smoke, options.shots, options.dark});
}

// --help and --version print text and exit: they must work without a display (over SSH, in scripts).
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    // Stores, key files, packages and reports hold audit data: owner-only, whatever the umask.
    umask(077);
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        fieldbook::AppPaths::initialiseApplication();
        QCoreApplication::setApplicationName(QStringLiteral("fieldbook"));
        QCoreApplication::setApplicationVersion(QLatin1String(fieldbook::kVersion));
        QCommandLineParser parser;
        const Options options;
        configure(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    fieldbook::AppPaths::initialiseApplication();
    // Before any widget exists: the language of Preferences, or the system's (LANG) when unset.
    fieldbook::AppTranslator::application().install(fieldbook::LanguageSettings::effectiveUiLanguage());
    QApplication::setApplicationVersion(QLatin1String(fieldbook::kVersion));
    QApplication::setApplicationDisplayName(QLatin1String(fieldbook::kApplicationName));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    const Options options;
    configure(parser, options);
    parser.process(app);
    const QCommandLineOption& dbOption = options.db;
    const QCommandLineOption& demoOption = options.demo;
    const QCommandLineOption& smokeOption = options.smoke;
    const QCommandLineOption& shotsOption = options.shots;
    const QCommandLineOption& darkOption = options.dark;

    if (parser.isSet(darkOption)) {
        QApplication::setPalette(fieldbook::ScreenshotWalker::darkPalette());
    }

    const bool demo = parser.isSet(demoOption);
    QString storePath = parser.value(dbOption);
    if (storePath.isEmpty()) {
        storePath = demo ? fieldbook::AppPaths::demoStorePath()
                         : fieldbook::WelcomeDialog::rememberedStorePath(fieldbook::AppPaths::defaultStorePath());
    }
    bool openDemo = demo;
    // Tests, packaging and scripted runs say what they want: the welcome is for people only.
    const bool scripted = demo || parser.isSet(dbOption) || parser.isSet(smokeOption) || parser.isSet(shotsOption);
    if (!scripted && fieldbook::WelcomeDialog::isFirstRun(fieldbook::AppPaths::defaultStorePath())) {
        int result = fieldbook::WelcomeDialog::LanguageChanged;
        while (result == fieldbook::WelcomeDialog::LanguageChanged) {
            fieldbook::WelcomeDialog welcome(fieldbook::AppPaths::defaultStorePath());
            result = welcome.exec();
            if (result == QDialog::Accepted) {
                storePath = welcome.storePath();
                openDemo = welcome.openDemo();
            }
        }
        if (result != QDialog::Accepted) {
            return 0;
        }
    }
    QDir().mkpath(QFileInfo(storePath).absolutePath());

    fieldbook::MainWindow window;
    if (!window.openStore(storePath)) {
        return 1;
    }
    window.show();
    if (openDemo && !demo) {
        // The demo lives in its own store; the auditor's own store stays in File ▸ Recent stores.
        const QString demoStore = fieldbook::AppPaths::demoStorePath();
        QDir().mkpath(QFileInfo(demoStore).absolutePath());
        if (!window.openStore(demoStore)) {
            return 1;
        }
    }
    if (openDemo) {
        fieldbook::Result<qint64> auditId = fieldbook::DemoLauncher::ensureDemoAudit(window.database());
        if (!auditId) {
            std::fprintf(stderr, "fieldbook: the demo audit could not be prepared: %s\n", qPrintable(auditId.error()));
            return 1;
        }
        window.openAudit(*auditId);
    }
    if (parser.isSet(shotsOption)) {
        fieldbook::ScreenshotWalker walker(window, parser.value(shotsOption));
        return walker.run() ? 0 : 1;
    }
    if (parser.isSet(smokeOption)) {
        QTimer::singleShot(300, &app, &QCoreApplication::quit);
    }
    return app.exec();
}
