// `fieldbook-cli interviews` on the demo store: structured answers and the sample, never a name,
// a note or the link between an interview and a worker; proposals, --save and usage errors.
#include "app/demo/DemoAudit.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;
using namespace fieldbook::test;

class TestInterviewsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsStructuredAnswersAndTheStoredSample();
    void proposesWithASeedAndSavesOnlyWhenAsked();
    void refusesBadUsage();

private:
    QJsonObject runJson(const QStringList& extra);

    QTemporaryDir m_dir;
    QString m_store;
    QString m_audit;
};

void TestInterviewsCli::initTestCase()
{
    m_store = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("--db"), m_store, QStringLiteral("demo")}, &out, &err), 0);
    m_audit = out.trimmed();
}

QJsonObject TestInterviewsCli::runJson(const QStringList& extra)
{
    QString out;
    QString err;
    const int code =
        runCli(QStringList{QStringLiteral("--db"), m_store, QStringLiteral("interviews"), QStringLiteral("--audit"),
                           m_audit, QStringLiteral("--format"), QStringLiteral("json")} +
                   extra,
               &out, &err);
    if (code != 0) {
        qWarning("%s", qPrintable(err));
        return {};
    }
    // Nothing personal in the output: no worker name of the demo factory, no note field.
    const GeneratedFactory factory = DemoAudit::factory();
    for (size_t i = 0; i < factory.records.workers.size(); i += 7) {
        const QString& name = factory.records.workers[i].name;
        if (!name.isEmpty() && out.contains(name)) {
            qWarning("a worker name is in the output: %s", qPrintable(name));
            return {};
        }
    }
    if (out.contains(QStringLiteral("notes")) || out.contains(QStringLiteral("worker_ref")) ||
        out.contains(QStringLiteral("free_text"))) {
        qWarning("a personal field is in the output");
        return {};
    }
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

void TestInterviewsCli::listsStructuredAnswersAndTheStoredSample()
{
    const QJsonObject root = runJson({QStringLiteral("--sample")});
    QVERIFY(!root.isEmpty());
    QCOMPARE(root.value(QStringLiteral("audit")).toString(), m_audit);
    const QJsonArray interviews = root.value(QStringLiteral("interviews")).toArray();
    int workers = 0;
    int managers = 0;
    int withHours = 0;
    for (const QJsonValue& v : interviews) {
        const QJsonObject i = v.toObject();
        if (i.value(QStringLiteral("kind")).toString() == QLatin1String("worker")) {
            ++workers;
            QVERIFY(i.value(QStringLiteral("pseudonym")).toString().startsWith(QStringLiteral("W-")));
        } else {
            ++managers;
            QVERIFY(!i.value(QStringLiteral("interviewee_role")).toString().isEmpty());
        }
        withHours += i.value(QStringLiteral("stated_weekly_hours")).isDouble() ? 1 : 0;
        if (i.value(QStringLiteral("format")).toString() == QLatin1String("group")) {
            QVERIFY(i.value(QStringLiteral("stated_weekly_hours")).isNull()); // never in groups
            QVERIFY(i.value(QStringLiteral("participants")).toInt() >= 2);
        }
        QVERIFY(!i.value(QStringLiteral("answers")).toObject().isEmpty());
    }
    QCOMPARE(workers, 11);
    QCOMPARE(managers, 2);
    QCOMPARE(withHours, 10);
    const QJsonObject sample = root.value(QStringLiteral("sample")).toObject();
    QVERIFY(sample.value(QStringLiteral("stored")).toBool());
    QCOMPARE(sample.value(QStringLiteral("workforce")).toInt() > 300, true);
    QCOMPARE(sample.value(QStringLiteral("selected")).toInt(), sample.value(QStringLiteral("size")).toInt());
    QVERIFY(sample.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("Square root")));
    QVERIFY(!sample.value(QStringLiteral("strata")).toArray().isEmpty());
    for (const QJsonValue& v : sample.value(QStringLiteral("workers")).toArray()) {
        QVERIFY(v.toObject().value(QStringLiteral("worker_id")).toString().startsWith(QLatin1Char('W')));
    }

    QString text;
    QString err;
    QCOMPARE(runCli({QStringLiteral("--db"), m_store, QStringLiteral("interviews"), QStringLiteral("--audit"), m_audit,
                     QStringLiteral("--sample")},
                    &text, &err),
             0);
    QVERIFY2(text.contains(QStringLiteral("13 interviews")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("stored plan")));
    QVERIFY(text.contains(QStringLiteral("never discussed in group interviews")));
}

void TestInterviewsCli::proposesWithASeedAndSavesOnlyWhenAsked()
{
    const QJsonObject stored = runJson({QStringLiteral("--sample")}).value(QStringLiteral("sample")).toObject();
    const QJsonObject proposal =
        runJson({QStringLiteral("--seed"), QStringLiteral("9")}).value(QStringLiteral("sample")).toObject();
    QVERIFY(!proposal.value(QStringLiteral("stored")).toBool());
    QCOMPARE(proposal.value(QStringLiteral("seed")).toInt(), 9);
    QVERIFY(proposal.value(QStringLiteral("workers")) != stored.value(QStringLiteral("workers")));
    // Same seed, same proposal.
    QCOMPARE(runJson({QStringLiteral("--seed"), QStringLiteral("9")}).value(QStringLiteral("sample")).toObject(),
             proposal);
    // Not stored: the plan in force is unchanged.
    QCOMPARE(runJson({QStringLiteral("--sample")}).value(QStringLiteral("sample")).toObject(), stored);
    const QJsonObject saved = runJson({QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--save")})
                                  .value(QStringLiteral("sample"))
                                  .toObject();
    QVERIFY(saved.value(QStringLiteral("stored")).toBool());
    QCOMPARE(saved.value(QStringLiteral("workers")), proposal.value(QStringLiteral("workers")));
    QCOMPARE(runJson({QStringLiteral("--sample")})
                 .value(QStringLiteral("sample"))
                 .toObject()
                 .value(QStringLiteral("seed"))
                 .toInt(),
             9);
}

void TestInterviewsCli::refusesBadUsage()
{
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("--db"), m_store, QStringLiteral("interviews")}, &out, &err), 1);
    QVERIFY(err.contains(QStringLiteral("--audit")));
    QCOMPARE(runCli({QStringLiteral("--db"), m_store, QStringLiteral("interviews"), QStringLiteral("--audit"), m_audit,
                     QStringLiteral("--format"), QStringLiteral("xml")},
                    &out, &err),
             1);
    QCOMPARE(runCli({QStringLiteral("--db"), m_store, QStringLiteral("interviews"), QStringLiteral("--audit"), m_audit,
                     QStringLiteral("--save")},
                    &out, &err),
             1);
    QCOMPARE(runCli({QStringLiteral("--db"), m_store, QStringLiteral("interviews"), QStringLiteral("--audit"),
                     QStringLiteral("00000000-0000-0000-0000-000000000000")},
                    &out, &err),
             2);
    QCOMPARE(runCli({QStringLiteral("interviews"), QStringLiteral("--help")}, &out, &err), 0);
    for (const char* option : {"--audit", "--sample", "--seed", "--save", "--format"}) {
        QVERIFY2(out.contains(QLatin1String(option)), option);
    }
    QCOMPARE(runCli({QStringLiteral("--help")}, &out, &err), 0);
    QVERIFY(out.contains(QStringLiteral("interviews")));
}

FIELDBOOK_TEST_GUILESS_MAIN(TestInterviewsCli)
#include "TestInterviewsCli.moc"
