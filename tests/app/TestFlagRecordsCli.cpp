// `fieldbook-cli flag-records`: the records and chart data behind a stored flag, the same as the
// record-analysis page shows, run as a separate process on a real store. And `generate --plant`,
// which makes such stores from the command line.
#include "app/analysis/CheckRegistry.h"
#include "app/analysis/FlagDetailQuery.h"
#include "support/FlaggedFactory.h"
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldbook;
using fieldbook::test::runCli;

class TestFlagRecordsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheAuditsFlags();
    void printsTheRecordsOfOneFlag();
    void printsEveryFlagOfACheckAsCsv();
    void printsTheChartData();
    void limitsTheRecords();
    void refusesBadUsage();
    void neverPrintsPersonalData();
    void generatePlantsPatterns();

private:
    QStringList base() const
    {
        return {QStringLiteral("--db"), m_f.path, QStringLiteral("flag-records"), QStringLiteral("--audit"),
                m_f.auditUuid};
    }
    QJsonObject json(const QStringList& arguments);

    QTemporaryDir m_dir;
    test::FlaggedFactory m_f;
};

void TestFlagRecordsCli::initTestCase()
{
    QString error;
    QVERIFY2(m_f.create(m_dir.filePath(QStringLiteral("store.sqlite")), 300, 63, 5, &error), qPrintable(error));
}

QJsonObject TestFlagRecordsCli::json(const QStringList& arguments)
{
    QString out;
    QString err;
    const int code = runCli(base() + arguments, &out, &err);
    if (code != 0) {
        qWarning("exit %d: %s", code, qPrintable(err));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        qWarning("not JSON: %s", qPrintable(parseError.errorString()));
    }
    return doc.object();
}

void TestFlagRecordsCli::listsTheAuditsFlags()
{
    QString out;
    QCOMPARE(runCli(base(), &out), 0);
    const QList<StoredFlag> flags = m_f.flags();
    QVERIFY(flags.size() >= 21);
    for (const StoredFlag& f : flags) {
        QVERIFY2(out.contains(f.uuid + QStringLiteral("  ")), qPrintable(f.uuid));
    }
    const QJsonObject listed = json({QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(listed.value(QStringLiteral("flags")).toArray().size(), flags.size());
    QCOMPARE(listed.value(QStringLiteral("audit")).toString(), m_f.auditUuid);
    QString help;
    QCOMPARE(runCli({QStringLiteral("--help")}, &help), 0);
    QVERIFY(help.contains(QStringLiteral("flag-records")));
}

void TestFlagRecordsCli::printsTheRecordsOfOneFlag()
{
    const StoredFlag flag = *m_f.firstFlag(QStringLiteral("excessive_hours"));
    const QJsonObject printed = json({QStringLiteral("--flag"), flag.uuid});
    const QJsonArray flags = printed.value(QStringLiteral("flags")).toArray();
    QCOMPARE(flags.size(), 1);
    const QJsonObject records = flags.first().toObject().value(QStringLiteral("records")).toObject();
    Result<FlagDetail> expected = FlagDetailQuery::load(m_f.db, flag.uuid);
    QVERIFY(expected);
    QCOMPARE(records, expected->records.toJson());
    QCOMPARE(records.value(QStringLiteral("kind")).toString(), QStringLiteral("time_records"));
    QVERIFY(records.value(QStringLiteral("total")).toInt() > 0);
    const QJsonObject row = records.value(QStringLiteral("rows")).toArray().first().toObject();
    QCOMPARE(row.value(QStringLiteral("file")).toString(), QStringLiteral("time_records.csv"));
    QVERIFY(row.value(QStringLiteral("line")).toInt() > 1);
    QCOMPARE(row.value(QStringLiteral("values")).toObject().value(QStringLiteral("worker")).toString(),
             flag.flag.workers.first());
}

void TestFlagRecordsCli::printsEveryFlagOfACheckAsCsv()
{
    QList<StoredFlag> mismatches;
    for (const StoredFlag& f : m_f.flags()) {
        if (f.flag.check == QLatin1String("payroll_hours_mismatch")) {
            mismatches.append(f);
        }
    }
    QVERIFY(mismatches.size() > 1);
    QString out;
    QCOMPARE(runCli(base() + QStringList{QStringLiteral("--check"), QStringLiteral("payroll_hours_mismatch"),
                                         QStringLiteral("--format"), QStringLiteral("csv")},
                    &out),
             0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(QStringLiteral("flag,worker,period_start,period_end,")));
    QVERIFY(lines.first().endsWith(QStringLiteral(",hours_in_time_records,file,line")));
    int expectedRows = 0;
    QSet<QString> uuids;
    for (const StoredFlag& f : mismatches) {
        expectedRows += int(FlagDetailQuery::load(m_f.db, f.uuid)->records.rows.size());
        uuids.insert(f.uuid);
    }
    QCOMPARE(lines.size(), 1 + expectedRows);
    for (int i = 1; i < lines.size(); ++i) {
        QVERIFY(uuids.contains(lines.at(i).section(QLatin1Char(','), 0, 0)));
        QVERIFY(lines.at(i).contains(QStringLiteral(",payroll.csv,")));
    }
    // One flag: no flag column.
    QCOMPARE(runCli(base() + QStringList{QStringLiteral("--flag"), mismatches.first().uuid, QStringLiteral("--format"),
                                         QStringLiteral("csv")},
                    &out),
             0);
    QVERIFY(out.startsWith(QStringLiteral("worker,period_start,")));
}

void TestFlagRecordsCli::printsTheChartData()
{
    const QJsonObject printed =
        json({QStringLiteral("--check"), QStringLiteral("benford_deviation"), QStringLiteral("--chart")});
    const QJsonArray flags = printed.value(QStringLiteral("flags")).toArray();
    QVERIFY(!flags.isEmpty());
    for (const QJsonValue& v : flags) {
        const QJsonObject chart = v.toObject().value(QStringLiteral("chart")).toObject();
        QCOMPARE(chart.value(QStringLiteral("kind")).toString(), QStringLiteral("benford"));
        QVERIFY(!v.toObject().contains(QStringLiteral("records")));
        const QJsonArray series = chart.value(QStringLiteral("series")).toArray();
        QCOMPARE(series.size(), 2);
        const QJsonArray benford = series.at(1).toObject().value(QStringLiteral("points")).toArray();
        QCOMPARE(benford.size(), 9);
        QCOMPARE(benford.first().toObject().value(QStringLiteral("x")).toString(), QStringLiteral("1"));
        QVERIFY(std::fabs(benford.first().toObject().value(QStringLiteral("y")).toDouble() - 30.103) < 0.001);
    }
    // A check without a chart prints null.
    const QJsonObject none =
        json({QStringLiteral("--check"), QStringLiteral("underage_worker"), QStringLiteral("--chart")});
    QVERIFY(none.value(QStringLiteral("flags")).toArray().first().toObject().value(QStringLiteral("chart")).isNull());
}

void TestFlagRecordsCli::limitsTheRecords()
{
    const StoredFlag flag = *m_f.firstFlag(QStringLiteral("identical_punches"));
    const QJsonObject records =
        json({QStringLiteral("--flag"), flag.uuid, QStringLiteral("--limit"), QStringLiteral("3")})
            .value(QStringLiteral("flags"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("records"))
            .toObject();
    QCOMPARE(records.value(QStringLiteral("rows")).toArray().size(), 3);
    QCOMPARE(records.value(QStringLiteral("shown")).toInt(), 3);
    const int total = records.value(QStringLiteral("total")).toInt();
    QVERIFY(total > 3);
    QCOMPARE(records.value(QStringLiteral("not_shown")).toInt(), total - 3);
}

void TestFlagRecordsCli::refusesBadUsage()
{
    const StoredFlag flag = m_f.flags().first();
    QString err;
    QCOMPARE(runCli({QStringLiteral("--db"), m_f.path, QStringLiteral("flag-records")}, nullptr, &err), 1);
    QVERIFY(err.contains(QStringLiteral("--audit")));
    QCOMPARE(runCli(base() + QStringList{QStringLiteral("--flag"), flag.uuid, QStringLiteral("--check"),
                                         QStringLiteral("round_times")}),
             1);
    QCOMPARE(runCli(base() + QStringList{QStringLiteral("--flag"), flag.uuid, QStringLiteral("--format"),
                                         QStringLiteral("xml")}),
             1);
    QCOMPARE(runCli(base() + QStringList{QStringLiteral("--flag"), flag.uuid, QStringLiteral("--chart"),
                                         QStringLiteral("--format"), QStringLiteral("csv")}),
             1);
    QCOMPARE(runCli(base() + QStringList{QStringLiteral("--flag"), flag.uuid, QStringLiteral("--limit"),
                                         QStringLiteral("many")}),
             1);
    QCOMPARE(runCli(base() + QStringList{QStringLiteral("--flag"), QStringLiteral("0000-not-a-flag")}, nullptr, &err),
             2);
    QVERIFY(err.contains(QStringLiteral("0000-not-a-flag")));
    QCOMPARE(runCli({QStringLiteral("--db"), m_f.path, QStringLiteral("flag-records"), QStringLiteral("--audit"),
                     QStringLiteral("no-such-audit")}),
             2);
}

void TestFlagRecordsCli::neverPrintsPersonalData()
{
    const QStringList personal = m_f.personalValues();
    QSet<QString> checks;
    for (const StoredFlag& f : m_f.flags()) {
        checks.insert(f.flag.check);
    }
    QCOMPARE(checks.size(), int(CheckRegistry::checkNames().size())); // every check
    QString everything;
    for (const QString& check : checks) {
        for (const QStringList& extra : {QStringList{QStringLiteral("--format"), QStringLiteral("json")},
                                         QStringList{QStringLiteral("--chart")}}) {
            QString out;
            QCOMPARE(runCli(base() +
                                QStringList{QStringLiteral("--check"), check, QStringLiteral("--limit"),
                                            QStringLiteral("100000")} +
                                extra,
                            &out),
                     0);
            everything += out;
        }
    }
    QString listing;
    QCOMPARE(runCli(base(), &listing), 0);
    everything += listing;
    for (const QString& value : personal) {
        QVERIFY2(!everything.contains(value), "personal data printed");
    }
}

void TestFlagRecordsCli::generatePlantsPatterns()
{
    const QString out = m_dir.filePath(QStringLiteral("generated"));
    QString printed;
    QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--out"), out, QStringLiteral("--workers"),
                     QStringLiteral("60"), QStringLiteral("--days"), QStringLiteral("21"), QStringLiteral("--plant"),
                     QStringLiteral("duplicate_identity,unknown_worker")},
                    &printed),
             0);
    QVERIFY(printed.contains(QStringLiteral("planted: duplicate_identity, unknown_worker")));
    QFile workers(out + QStringLiteral("/workers.csv"));
    QVERIFY(workers.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(workers.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const int idColumn = lines.first().split(QLatin1Char(',')).indexOf(QStringLiteral("id_number"));
    QVERIFY(idColumn >= 0);
    QSet<QString> ids;
    for (int i = 1; i < lines.size(); ++i) {
        ids.insert(lines.at(i).split(QLatin1Char(',')).at(idColumn));
    }
    QCOMPARE(ids.size(), lines.size() - 2); // two workers share one number
    QString err;
    QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--out"), out, QStringLiteral("--plant"),
                     QStringLiteral("no_such_check")},
                    nullptr, &err),
             1);
    QVERIFY(err.contains(QStringLiteral("no_such_check")));
}

FIELDBOOK_TEST_GUILESS_MAIN(TestFlagRecordsCli)
#include "TestFlagRecordsCli.moc"
