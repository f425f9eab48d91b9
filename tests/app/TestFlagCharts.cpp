// The data of the charts that explain flags, computed from a real store (no display needed):
// the planted factory of FlaggedFactory for the flags the analysis raised, and a hand-written
// factory where every expected figure can be worked out on paper.
#include "app/analysis/AnalysisInput.h"
#include "app/analysis/FlagChartBuilder.h"
#include "app/analysis/FlagDetailQuery.h"
#include "app/demo/RecordWriter.h"
#include "app/records/RecordStore.h"
#include "database/AuditRepository.h"
#include "support/FlaggedFactory.h"
#include "support/RecordSetBuilder.h"
#include "support/TestRegistry.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <array>
#include <cmath>

using namespace fieldbook;

namespace {

bool near(double a, double b, double tolerance = 1e-6)
{
    return std::fabs(a - b) <= tolerance;
}

QList<double> yValues(const ChartSeries* s)
{
    QList<double> values;
    for (const QPointF& p : s->points) {
        values.append(p.y());
    }
    return values;
}

} // namespace

class TestFlagCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyTheChecksAChartExplainsHaveOne();
    void punchMinuteHistogramCountsTheRecordsMinutes();
    void weeklyHoursRunMondayToSunday();
    void weeklyHoursOfTheFlagMatchItsEvidence();
    void weeklyHoursDrawAtMostSixWorkers();
    void benfordChartComparesTheCheckedAmountsWithBenford();
    void productionChartShowsOutputHoursAgainstRecordedHours();
    void chartJsonNamesEverySeries();

private:
    std::optional<FlagChartData> chartOf(const QString& check);

    QTemporaryDir m_dir;
    test::FlaggedFactory m_f;
    RecordSet m_imported;
};

void TestFlagCharts::initTestCase()
{
    QString error;
    QVERIFY2(m_f.create(m_dir.filePath(QStringLiteral("store.sqlite")), 300, 63, 5, &error), qPrintable(error));
    Result<RecordSet> loaded = RecordStore::loadRecordSet(m_f.db, m_f.auditId, m_f.protector.get());
    QVERIFY2(loaded, qPrintable(loaded.error()));
    m_imported = loaded.take();
}

std::optional<FlagChartData> TestFlagCharts::chartOf(const QString& check)
{
    const std::optional<StoredFlag> flag = m_f.firstFlag(check);
    if (!flag) {
        qWarning("no %s flag", qPrintable(check));
        return std::nullopt;
    }
    Result<FlagDetail> d = FlagDetailQuery::load(m_f.db, flag->uuid);
    if (!d) {
        qWarning("%s", qPrintable(d.error()));
        return std::nullopt;
    }
    return d->chart;
}

void TestFlagCharts::onlyTheChecksAChartExplainsHaveOne()
{
    const QStringList charted = {"round_times",       "identical_punches",        "uniform_times",
                                 "excessive_hours",   "hours_cap_pattern",        "no_rest_day",
                                 "benford_deviation", "production_hours_mismatch"};
    for (const StoredFlag& flag : m_f.flags()) {
        Result<FlagDetail> d = FlagDetailQuery::load(m_f.db, flag.uuid);
        QVERIFY2(d, qPrintable(d.error()));
        QCOMPARE(d->chart.has_value(), charted.contains(flag.flag.check));
        QCOMPARE(FlagChartBuilder::chartKindFor(flag.flag.check).isEmpty(), !charted.contains(flag.flag.check));
    }
}

void TestFlagCharts::punchMinuteHistogramCountsTheRecordsMinutes()
{
    for (const char* check : {"round_times", "identical_punches", "uniform_times"}) {
        const StoredFlag flag = *m_f.firstFlag(QString::fromLatin1(check));
        const std::optional<FlagChartData> chart = chartOf(flag.flag.check);
        QVERIFY(chart);
        QCOMPARE(chart->kind, QStringLiteral("punch_minutes"));
        std::array<int, 60> in{};
        std::array<int, 60> out{};
        int punches = 0;
        for (const TimeRecord& r : m_imported.timeRecords) {
            if (flag.flag.workers.contains(m_imported.workerId(r.worker)) &&
                flag.flag.dates.contains(AnalysisInput::isoDate(r.date))) {
                ++in[size_t(r.timeIn / 60 % 60)];
                ++out[size_t(r.timeOut / 60 % 60)];
                punches += 2;
            }
        }
        QVERIFY(punches > 0);
        const ChartSeries* timeIn = chart->seriesByKey(QStringLiteral("time_in"));
        const ChartSeries* timeOut = chart->seriesByKey(QStringLiteral("time_out"));
        const ChartSeries* even = chart->seriesByKey(QStringLiteral("even_spread"));
        QVERIFY(timeIn && timeOut && even);
        QCOMPARE(timeIn->points.size(), 60);
        for (int m = 0; m < 60; ++m) {
            QCOMPARE(timeIn->points.at(m), QPointF(m, in[size_t(m)]));
            QCOMPARE(timeOut->points.at(m), QPointF(m, out[size_t(m)]));
        }
        // The flat spread honest punches would have: every minute the same share.
        QCOMPARE(even->style, ChartSeries::Style::ReferenceLine);
        for (const QPointF& p : even->points) {
            QVERIFY(near(p.y(), punches / 60.0));
        }
        int tallest = 0;
        for (int m = 0; m < 60; ++m) {
            tallest = std::max(tallest, in[size_t(m)] + out[size_t(m)]);
        }
        QVERIFY(chart->y.max >= tallest); // stacked bars fit under the top of the axis
    }
    // identical_punches: one minute of the hour holds the heap the check found.
    const StoredFlag identical = *m_f.firstFlag(QStringLiteral("identical_punches"));
    const QJsonObject day = identical.flag.evidence.value(QStringLiteral("days")).toArray().first().toObject();
    const int minute = day.value(QStringLiteral("time")).toString().section(QLatin1Char(':'), 1).toInt();
    const bool punchedIn = day.value(QStringLiteral("direction")).toString() == QLatin1String("in");
    const std::optional<FlagChartData> chart = chartOf(QStringLiteral("identical_punches"));
    const ChartSeries* heap = chart->seriesByKey(punchedIn ? QStringLiteral("time_in") : QStringLiteral("time_out"));
    QVERIFY(heap->points.at(minute).y() >= day.value(QStringLiteral("workers_at_time")).toInt());
}

void TestFlagCharts::weeklyHoursRunMondayToSunday()
{
    // Sunday 4 January 2026 ends a week; Monday 5 January starts the next. A night shift starting
    // on Sunday counts on Sunday, the shift's start date (formats.md).
    test::RecordSetBuilder b;
    b.worker(QStringLiteral("A1"), QStringLiteral("1990-05-01"), QStringLiteral("2020-01-01"),
             QStringLiteral("Sewing"));
    b.time(QStringLiteral("A1"), QStringLiteral("2025-12-29"), QStringLiteral("08:00"), QStringLiteral("17:00"), 60);
    b.time(QStringLiteral("A1"), QStringLiteral("2026-01-04"), QStringLiteral("08:00"), QStringLiteral("18:00"), 60);
    b.time(QStringLiteral("A1"), QStringLiteral("2026-01-04"), QStringLiteral("22:00"), QStringLiteral("06:00"), 30);
    b.time(QStringLiteral("A1"), QStringLiteral("2026-01-05"), QStringLiteral("07:00"), QStringLiteral("20:00"), 60);
    b.time(QStringLiteral("A1"), QStringLiteral("2026-01-11"), QStringLiteral("09:00"), QStringLiteral("10:30"), 0);
    QTemporaryDir dir;
    RecordWriterOptions options;
    options.production = false;
    options.gateLog = false;
    QVERIFY(RecordWriter::write(b.records(), dir.filePath(QStringLiteral("files")), options).ok());
    Result<Database> db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(db);
    Facility facility;
    facility.name = QStringLiteral("Week Test");
    facility.country = QStringLiteral("CN");
    Audit audit;
    audit.codes = {QStringLiteral("sa8000")};
    Result<Audit> created = AuditRepository(db.value()).createAudit(facility, audit);
    QVERIFY(created);
    Result<RecordImportOutcome> imported =
        RecordStore(db.value()).importDirectory(created->id, dir.filePath(QStringLiteral("files")));
    QVERIFY2(imported, qPrintable(imported.error()));

    AuditParams params;
    params.periodStart = QDate(2025, 12, 29);
    params.periodEnd = QDate(2026, 1, 11);
    params.regularHoursPerWeek = 40;
    params.maxOvertimeHoursPerWeek = 12;
    params.maxTotalHoursPerWeek = 60;
    StoredFlag flag;
    flag.flag.check = QStringLiteral("excessive_hours");
    flag.flag.workers = {QStringLiteral("A1")};
    Result<std::optional<FlagChartData>> chart = FlagChartBuilder(db.value(), created->id, params).build(flag);
    QVERIFY2(chart, qPrintable(chart.error()));
    QVERIFY(chart->has_value());
    const FlagChartData& data = **chart;
    QCOMPARE(data.kind, QStringLiteral("weekly_hours"));
    QCOMPARE(data.x.kind, ChartAxis::Kind::Category);
    QCOMPARE(data.x.categories.size(), 2); // the weeks of 29 Dec and 5 Jan
    const ChartSeries* worker = data.seriesByKey(QStringLiteral("A1"));
    QVERIFY(worker);
    QCOMPARE(worker->style, ChartSeries::Style::Bars);
    // Week of 29 Dec: 8 h on Monday + 9 h on Sunday + 7.5 h on the night from Sunday into Monday.
    // Week of 5 Jan: 12 h on Monday + 1.5 h on Sunday 11 Jan.
    QCOMPARE(yValues(worker), (QList<double>{24.5, 13.5}));
    // The weekly limit in force: the total cap or regular + overtime cap, whichever is lower.
    QCOMPARE(yValues(data.seriesByKey(QStringLiteral("limit"))), (QList<double>{52, 52}));
    QCOMPARE(yValues(data.seriesByKey(QStringLiteral("regular_week"))), (QList<double>{40, 40}));
    QVERIFY(data.y.max > 52);
}

void TestFlagCharts::weeklyHoursOfTheFlagMatchItsEvidence()
{
    const StoredFlag flag = *m_f.firstFlag(QStringLiteral("excessive_hours"));
    const std::optional<FlagChartData> chart = chartOf(flag.flag.check);
    QVERIFY(chart);
    Result<AuditParams> params = FlagDetailQuery::paramsInForce(m_f.db, flag.uuid);
    QVERIFY(params);
    const JulianDay firstMonday = AnalysisInput::weekStart(params->periodStart.toJulianDay());
    const ChartSeries* worker = chart->seriesByKey(flag.flag.workers.first());
    QVERIFY(worker);
    const QJsonArray weeks = flag.flag.evidence.value(QStringLiteral("weeks")).toArray();
    QVERIFY(!weeks.isEmpty());
    for (const QJsonValue& v : weeks) {
        const QDate monday =
            QDate::fromString(v.toObject().value(QStringLiteral("week_start")).toString(), Qt::ISODate);
        QCOMPARE(monday.dayOfWeek(), 1);
        const int index = int((monday.toJulianDay() - firstMonday) / 7);
        QVERIFY(near(worker->points.at(index).y(), v.toObject().value(QStringLiteral("hours")).toDouble(), 0.005));
    }
    const double limit =
        std::min(params->maxTotalHoursPerWeek, params->regularHoursPerWeek + params->maxOvertimeHoursPerWeek);
    QCOMPARE(chart->seriesByKey(QStringLiteral("limit"))->points.first().y(), limit);
    QVERIFY(chart->caption.contains(QString::number(limit)));
}

void TestFlagCharts::weeklyHoursDrawAtMostSixWorkers()
{
    StoredFlag flag = *m_f.firstFlag(QStringLiteral("hours_cap_pattern"));
    const std::optional<FlagChartData> chart = chartOf(flag.flag.check);
    QVERIFY(chart);
    int workers = 0;
    for (const ChartSeries& s : chart->series) {
        if (flag.flag.workers.contains(s.key)) {
            ++workers;
            QCOMPARE(s.style, flag.flag.workers.size() == 1 ? ChartSeries::Style::Bars : ChartSeries::Style::Line);
        }
    }
    QCOMPARE(workers, int(flag.flag.workers.size()));
    QVERIFY(chart->note.isEmpty());
    // Eight workers: six lines and a note on the other two.
    flag.flag.workers = m_imported.workerIds.mid(0, 8);
    Result<AuditParams> params = FlagDetailQuery::paramsInForce(m_f.db, flag.uuid);
    Result<std::optional<FlagChartData>> many = FlagChartBuilder(m_f.db, m_f.auditId, *params).build(flag);
    QVERIFY(many && many->has_value());
    QCOMPARE((*many)->series.size(), 6 + 2); // six workers, the limit, the regular week
    QVERIFY((*many)->note.startsWith(QStringLiteral("2 more worker")));
}

void TestFlagCharts::benfordChartComparesTheCheckedAmountsWithBenford()
{
    const StoredFlag flag = *m_f.firstFlag(QStringLiteral("benford_deviation"));
    const std::optional<FlagChartData> chart = chartOf(flag.flag.check);
    QVERIFY(chart);
    QCOMPARE(chart->x.categories, (QStringList{"1", "2", "3", "4", "5", "6", "7", "8", "9"}));
    const ChartSeries* observed = chart->seriesByKey(QStringLiteral("observed"));
    const ChartSeries* benford = chart->seriesByKey(QStringLiteral("benford"));
    QVERIFY(observed && benford);
    // Benford's expected shares: log10(1 + 1/d).
    const double expected[] = {30.103, 17.609, 12.494, 9.691, 7.918, 6.695, 5.799, 5.115, 4.576};
    for (int d = 0; d < 9; ++d) {
        QVERIFY(near(benford->points.at(d).y(), expected[d], 0.001));
    }
    // The same amounts as the check: its own first-digit counts, as shares.
    const QJsonArray counts = flag.flag.evidence.value(QStringLiteral("observed_first_digits")).toArray();
    const double n = flag.flag.evidence.value(QStringLiteral("count")).toDouble();
    double sum = 0;
    for (int d = 0; d < 9; ++d) {
        QVERIFY(near(observed->points.at(d).y(), 100.0 * counts.at(d).toInt() / n));
        sum += observed->points.at(d).y();
    }
    QVERIFY(near(sum, 100.0, 1e-6));
    QVERIFY(chart->caption.contains(QString::number(int(n))));
}

void TestFlagCharts::productionChartShowsOutputHoursAgainstRecordedHours()
{
    const StoredFlag flag = *m_f.firstFlag(QStringLiteral("production_hours_mismatch"));
    const std::optional<FlagChartData> chart = chartOf(flag.flag.check);
    QVERIFY(chart);
    QCOMPARE(chart->x.kind, ChartAxis::Kind::Date);
    const ChartSeries* output = chart->seriesByKey(QStringLiteral("output_hours"));
    const ChartSeries* recorded = chart->seriesByKey(QStringLiteral("recorded_hours"));
    const ChartSeries* flagged = chart->seriesByKey(QStringLiteral("flagged_days"));
    QVERIFY(output && recorded && flagged);
    QStringList flaggedDays;
    for (const QPointF& p : flagged->points) {
        flaggedDays.append(AnalysisInput::isoDate(JulianDay(p.x())));
    }
    QCOMPARE(flaggedDays, flag.flag.dates);
    // Every production day of the department in the period, hours as the check computed them.
    const QString department = flag.flag.evidence.value(QStringLiteral("department")).toString();
    QHash<JulianDay, double> needed;
    for (const ProductionRecord& p : m_imported.production) {
        if (p.department.compare(department, Qt::CaseInsensitive) == 0) {
            needed[p.date] += p.units * p.standardMinutes / 60.0;
        }
    }
    QCOMPARE(output->points.size(), int(needed.size()));
    for (const QPointF& p : output->points) {
        QVERIFY(near(p.y(), needed.value(JulianDay(p.x()))));
    }
    for (const QJsonValue& v : flag.flag.evidence.value(QStringLiteral("days")).toArray()) {
        const JulianDay day =
            QDate::fromString(v.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate).toJulianDay();
        for (int i = 0; i < recorded->points.size(); ++i) {
            if (JulianDay(recorded->points.at(i).x()) == day) {
                QVERIFY(near(recorded->points.at(i).y(),
                             v.toObject().value(QStringLiteral("recorded_hours")).toDouble(), 0.05));
                QVERIFY(output->points.at(i).y() > recorded->points.at(i).y());
            }
        }
    }
}

void TestFlagCharts::chartJsonNamesEverySeries()
{
    const std::optional<FlagChartData> chart = chartOf(QStringLiteral("production_hours_mismatch"));
    QVERIFY(chart);
    const QJsonObject json = chart->toJson();
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("production_hours"));
    QStringList keys;
    for (const QJsonValue& s : json.value(QStringLiteral("series")).toArray()) {
        keys.append(s.toObject().value(QStringLiteral("key")).toString());
        const QJsonArray points = s.toObject().value(QStringLiteral("points")).toArray();
        QVERIFY(!points.isEmpty());
        // Dates as ISO text on a date axis.
        QVERIFY(
            QDate::fromString(points.first().toObject().value(QStringLiteral("x")).toString(), Qt::ISODate).isValid());
    }
    QCOMPARE(keys, (QStringList{"output_hours", "recorded_hours", "flagged_days"}));
    QVERIFY(!json.value(QStringLiteral("caption")).toString().isEmpty());
    QVERIFY(!json.value(QStringLiteral("x")).toObject().value(QStringLiteral("title")).toString().isEmpty());
}

FIELDBOOK_TEST_GUILESS_MAIN(TestFlagCharts)
#include "TestFlagCharts.moc"
