#include "app/core/Settings.h"
#include "support/TestRegistry.h"

#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace fieldbook;

// The settings table: every setting has one key, no two share one, keys are those earlier
// versions wrote (a user's settings survive an update), and a value not yet stored reads as the
// table's default.
class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void everySettingHasItsOwnKey()
    {
        QSet<QString> keys;
        for (int i = 0; i <= int(Setting::ManagementInterviews); ++i) {
            const QString key = Settings::key(Setting(i));
            QVERIFY2(!key.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
        }
    }

    void keysAreThoseEarlierVersionsWrote()
    {
        QCOMPARE(Settings::key(Setting::UiLanguage), QStringLiteral("ui/language"));
        QCOMPARE(Settings::key(Setting::RecentStores), QStringLiteral("recentStores"));
        QCOMPARE(Settings::key(Setting::StorePath), QStringLiteral("store/path"));
        QCOMPARE(Settings::key(Setting::WorkerInterviews), QStringLiteral("interviews/worker/splitter"));
    }

    void defaultsUntilStored()
    {
        QCOMPARE(Settings::value(Setting::FirstRunDone).toBool(), false);
        QVERIFY(!Settings::contains(Setting::FirstRunDone));
        Settings::setValue(Setting::FirstRunDone, true);
        QVERIFY(Settings::contains(Setting::FirstRunDone));
        QCOMPARE(QSettings().value(QStringLiteral("firstRun/done")).toBool(), true);
        QCOMPARE(Settings::value(Setting::FirstRunDone).toBool(), true);
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
