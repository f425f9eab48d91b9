#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include "app/signing/KeyStore.h"
#include "database/Database.h"
#include "ui/welcome/WelcomeDialog.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;

// The first start: detected only when nothing was set up yet; the dialog creates the store and
// the optional key with sensible defaults; scripted runs (--smoke-test, --db...) never see it.
class TestWelcome : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstRunIsDetectedOnce();
    void startCreatesStoreAndKey();
    void passphraseTypoLeavesNothingBehind();
    void scriptedRunsNeverShowTheWelcome_data();
    void scriptedRunsNeverShowTheWelcome();

private:
    QTemporaryDir m_dir;
};

void TestWelcome::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FieldbookTest"));
    QVERIFY(m_dir.isValid());
}

void TestWelcome::init()
{
    QSettings().clear();
}

void TestWelcome::firstRunIsDetectedOnce()
{
    const QString path = m_dir.filePath(QStringLiteral("first/fieldbook.sqlite"));
    QVERIFY(WelcomeDialog::isFirstRun(path));
    WelcomeDialog::markDone();
    QVERIFY(!WelcomeDialog::isFirstRun(path));
    QSettings().clear();
    // A store already at the default place (an older version was used): no welcome either.
    QVERIFY(Database::open(path));
    QVERIFY(!WelcomeDialog::isFirstRun(path));
}

void TestWelcome::startCreatesStoreAndKey()
{
    const QString defaultPath = m_dir.filePath(QStringLiteral("default/fieldbook.sqlite"));
    WelcomeDialog dialog(defaultPath);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* store = dialog.findChild<QLineEdit*>(QStringLiteral("welcomeStorePath"));
    QCOMPARE(QDir::fromNativeSeparators(store->text()), defaultPath); // preselected
    QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("welcomeDemo"))->isChecked());
    const QString chosen = m_dir.filePath(QStringLiteral("mine/audits.sqlite"));
    store->setText(chosen);
    dialog.findChild<QGroupBox*>(QStringLiteral("welcomeKeyBox"))->setChecked(true);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("welcomeKeyName")), QStringLiteral("Ana Lee"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("welcomePassphrase")),
                     QStringLiteral("correct horse"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("welcomePassphraseRepeat")),
                     QStringLiteral("correct horse"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("welcomeStart")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.storePath(), chosen);
    QVERIFY(dialog.openDemo());
    QVERIFY(!dialog.createdKeyId().isEmpty());

    QVERIFY(QFileInfo::exists(chosen));
    Result<Database> db = Database::open(chosen);
    QVERIFY2(db, qPrintable(db.error()));
    Result<QList<AuditorKeyInfo>> keys = KeyStore::list(*db);
    QVERIFY2(keys, qPrintable(keys.error()));
    QCOMPARE(keys->size(), 1);
    QCOMPARE(keys->first().label, QStringLiteral("Ana Lee"));
    QCOMPARE(keys->first().publicKey.keyIdHex(), dialog.createdKeyId());
    // The key opens with the passphrase given, and only with it.
    QVERIFY(KeyStore::unlock(*db, dialog.createdKeyId(), QStringLiteral("correct horse")));
    QVERIFY(!KeyStore::unlock(*db, dialog.createdKeyId(), QStringLiteral("wrong horse!")));
    // Remembered: the next start opens this store and shows no welcome.
    QCOMPARE(WelcomeDialog::rememberedStorePath(defaultPath), chosen);
    QVERIFY(!WelcomeDialog::isFirstRun(defaultPath));
}

void TestWelcome::passphraseTypoLeavesNothingBehind()
{
    const QString path = m_dir.filePath(QStringLiteral("typo/fieldbook.sqlite"));
    WelcomeDialog dialog(path);
    dialog.show();
    dialog.findChild<QGroupBox*>(QStringLiteral("welcomeKeyBox"))->setChecked(true);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("welcomeKeyName")), QStringLiteral("Ana Lee"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("welcomePassphrase")),
                     QStringLiteral("correct horse"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("welcomePassphraseRepeat")),
                     QStringLiteral("correct hrose"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("welcomeStart")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("welcomeError"));
    QVERIFY(error->isVisible() && !error->text().isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(WelcomeDialog::isFirstRun(path));
}

void TestWelcome::scriptedRunsNeverShowTheWelcome_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--smoke-test") << QStringList{QStringLiteral("--smoke-test")};
    QTest::newRow("--db --smoke-test") << QStringList{QStringLiteral("--db"), QStringLiteral("STORE"),
                                                      QStringLiteral("--smoke-test")};
}

void TestWelcome::scriptedRunsNeverShowTheWelcome()
{
    // A brand-new home: a welcome would wait for a click forever and the run would time out.
    QFETCH(QStringList, arguments);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    arguments.replaceInStrings(QStringLiteral("STORE"), home.filePath(QStringLiteral("store.sqlite")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess gui;
    gui.setProcessEnvironment(env);
    gui.start(test::guiPath(), arguments);
    QVERIFY(gui.waitForStarted());
    const bool finished = gui.waitForFinished(60000);
    if (!finished) {
        gui.kill();
        gui.waitForFinished();
    }
    QVERIFY2(finished, "fieldbook waited for input: the welcome was shown to a scripted run");
    QCOMPARE(gui.exitCode(), 0);
}

FIELDBOOK_TEST_MAIN(TestWelcome)
#include "TestWelcome.moc"
