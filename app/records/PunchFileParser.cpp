#include "app/records/PunchFileParser.h"
#include "app/records/PunchValues.h"
#include "app/records/RecordKinds.h"

#include <QCoreApplication>

namespace fieldbook {

namespace {

enum Column
{
    WorkerId,
    Timestamp,
    Date,
    Time,
    CheckType
};

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PunchFileParser)
};

} // namespace

QString PunchFileParser::kind() const
{
    return QString(RecordKinds::Punches);
}

std::vector<ColumnSpec> PunchFileParser::columns() const
{
    // The moment is `timestamp`, or `date` and `time` (missingColumns()): none is required alone.
    return {{QStringLiteral("worker_id"), true},
            {QStringLiteral("timestamp"), false},
            {QStringLiteral("date"), false},
            {QStringLiteral("time"), false},
            {QStringLiteral("check_type"), false}};
}

QString PunchFileParser::missingMoment(const std::function<bool(const QString&)>& mapped)
{
    if (mapped(QStringLiteral("timestamp")) || (mapped(QStringLiteral("date")) && mapped(QStringLiteral("time")))) {
        return {};
    }
    return Tr::tr("no column gives the punch's moment: map timestamp (a date-time column), or date and time");
}

QString PunchFileParser::missingColumns() const
{
    return missingMoment([this](const QString& name) {
        const std::vector<ColumnSpec> specs = columns();
        for (size_t c = 0; c < specs.size(); ++c) {
            if (specs[c].name == name) {
                return isMapped(int(c));
            }
        }
        return false;
    });
}

void PunchFileParser::reserve(qsizetype bytes)
{
    m_punches.clear();
    m_punches.reserve(size_t(bytes / 40));
}

// The date-time column when it holds a value; else the date and the time. Exports that put the
// whole date-time in the date or the time column are read as well.
bool PunchFileParser::readMoment(Punch* punch)
{
    const QByteArrayView stamp = cell(Timestamp);
    const QByteArrayView date = cell(Date);
    if (!stamp.isEmpty()) {
        // A "Check Time" column beside a "Date" one may hold the time alone.
        return punchvalues::parseDateTime(stamp, &punch->date, &punch->seconds) ||
               (punchvalues::parseTime(stamp, &punch->seconds) && punchvalues::parseDate(date, &punch->date)) ||
               failBadValue(Timestamp, "unparseable date-time (expected YYYY-MM-DD HH:MM[:SS])");
    }
    const QByteArrayView time = cell(Time);
    if (punchvalues::parseDateTime(time, &punch->date, &punch->seconds) ||
        (time.isEmpty() && punchvalues::parseDateTime(date, &punch->date, &punch->seconds))) {
        return true;
    }
    if (date.isEmpty()) {
        return failEmpty(isMapped(Date) ? Date : Timestamp);
    }
    if (!punchvalues::parseDate(date, &punch->date)) {
        return failBadValue(Date, "unparseable date (expected YYYY-MM-DD)");
    }
    if (time.isEmpty()) {
        return failEmpty(Time);
    }
    return punchvalues::parseTime(time, &punch->seconds) ||
           failBadValue(Time, "unparseable time (expected HH:MM or HH:MM:SS)");
}

bool PunchFileParser::parseRow()
{
    Punch punch;
    punch.line = line();
    if (!readWorker(WorkerId, &punch.worker) || !readMoment(&punch)) {
        return false;
    }
    const std::optional<Punch::Direction> direction = punchvalues::parseCheckType(cell(CheckType));
    if (!direction) {
        return fail(CheckType,
                    Tr::tr("unknown check type '%1' (in/out words such as Check In, Check Out, C/In, "
                           "C/Out, I, O, Break Out, Break In, OverTime In, OverTime Out)")
                        .arg(QString::fromUtf8(cell(CheckType).first(qMin<qsizetype>(40, cell(CheckType).size())))));
    }
    punch.direction = *direction;
    const QByteArrayView raw = reader().rawRecord();
    punch.rawOffset = raw.data() - data().data();
    punch.rawSize = raw.size();
    m_punches.push_back(punch);
    return true;
}

void PunchFileParser::finish()
{
    const PunchPairing::Outcome paired = PunchPairing::pair(
        m_punches, m_out.records.timeRecords, [&](const Punch& punch, const QString& reason, bool blocking) {
            const QByteArrayView record = data().sliced(punch.rawOffset, punch.rawSize);
            addIssue(punch.line, CheckType, reason, rawForIssue(record), blocking);
        });
    m_out.rejected += paired.floodedPunches;
    std::stable_sort(m_out.issues.begin(), m_out.issues.end(),
                     [](const RecordIssue& a, const RecordIssue& b) { return a.line < b.line; });
    m_punches.clear();
    m_punches.shrink_to_fit();
}

} // namespace fieldbook
