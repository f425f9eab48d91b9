// ui/ shows what app/ computes: no SQL text in the widgets and models. A query a page needs goes
// into a class in app/ with a name that says what it answers (ReportReadiness, RecordCounts,
// ChecklistItemReader, InterviewSuggestions, ...), where the CLI and the tests can use it too.
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace fieldbook;

class TestNoSqlInUi : public QObject
{
    Q_OBJECT

private slots:
    void noStatementInUi();
};

void TestNoSqlInUi::noStatementInUi()
{
    // What a statement starts with, in upper case as the code base writes SQL.
    const QRegularExpression statement(
        QStringLiteral("\\b(SELECT|UPDATE|INSERT INTO|INSERT OR|DELETE FROM|CREATE TABLE|PRAGMA)\\b"));
    QStringList found;
    int files = 0;
    QDirIterator it(test::sourceDir() + QStringLiteral("/ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        ++files;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (statement.match(lines.at(i)).hasMatch()) {
                found << QStringLiteral("%1:%2: %3")
                             .arg(path.mid(test::sourceDir().size() + 1))
                             .arg(i + 1)
                             .arg(lines.at(i).trimmed());
            }
        }
    }
    QVERIFY(files > 50);
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("SQL in ui/ (move it into app/):\n") + found.join('\n')));
}

FIELDBOOK_TEST_GUILESS_MAIN(TestNoSqlInUi)
#include "TestNoSqlInUi.moc"
