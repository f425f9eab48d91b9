#include "app/records/AttLogParser.h"
#include "app/records/AttLogLine.h"
#include "app/records/FieldParsing.h"
#include "app/records/PunchPairing.h"
#include "app/records/RecordFileParser.h"
#include "app/records/RecordKinds.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// would put these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AttLogParser)
};

} // namespace

ParsedFile AttLogParser::parse(QByteArrayView data, const QString& fileName)
{
    ParsedFile out;
    out.fileName = fileName;
    out.kind = QString(RecordKinds::AttLog);
    std::vector<Punch> punches;
    punches.reserve(size_t(data.size() / 40));
    std::unordered_map<std::string, int> ids;

    auto issue = [&](int line, const QString& column, const QString& reason, QByteArrayView raw, bool blocking) {
        if (out.issues.size() >= size_t(RecordFileParser::kMaxKeptIssues)) {
            ++out.issuesNotKept;
            out.blockingNotKept += blocking ? 1 : 0;
            return;
        }
        RecordIssue i;
        i.file = fileName;
        i.line = line;
        i.column = column;
        i.reason = reason;
        i.raw = QString::fromUtf8(raw.first(qMin<qsizetype>(500, raw.size())));
        i.blocking = blocking;
        out.issues.push_back(std::move(i));
    };
    auto bad = [&](int line, const char* column, const QString& reason, QByteArrayView raw) {
        issue(line, column ? QString::fromLatin1(column) : QString(), reason, raw, true);
        ++out.rejected;
    };
    auto shown = [](QByteArrayView v) {
        return QString::fromUtf8(v.first(qMin<qsizetype>(40, v.size())));
    };

    const char* begin = data.data();
    const char* p = begin;
    const char* end = begin + data.size();
    if (data.startsWith("\xEF\xBB\xBF")) {
        p += 3;
    }
    int line = 0;
    while (p < end) {
        ++line;
        const char* lineEnd = static_cast<const char*>(memchr(p, '\n', size_t(end - p)));
        if (!lineEnd) {
            lineEnd = end;
        }
        QByteArrayView raw(p, lineEnd - p);
        if (raw.endsWith('\r')) {
            raw.chop(1);
        }
        p = lineEnd < end ? lineEnd + 1 : end;
        if (fieldparsing::trimmed(raw).isEmpty()) {
            continue;
        }
        ++out.rows;
        AttLogLine fields;
        switch (AttLogLine::read(raw, &fields)) {
        case AttLogLine::Error::None:
            break;
        case AttLogLine::Error::NoTimestamp:
            bad(line, nullptr,
                Tr::tr("not a punch: expected PIN, date-time and state separated by tabs, '|' or spaces"), raw);
            continue;
        case AttLogLine::Error::EmptyPin:
            bad(line, "pin", Tr::tr("required cell is empty"), raw);
            continue;
        case AttLogLine::Error::BadPin:
            bad(line, "pin", Tr::tr("control character (such as NUL) or more than 128 bytes in an id"), raw);
            continue;
        case AttLogLine::Error::BadTimestamp:
            bad(line, "timestamp",
                Tr::tr("unparseable timestamp '%1' (expected YYYY-MM-DD HH:MM:SS)").arg(shown(fields.timestamp)), raw);
            continue;
        }
        Punch punch;
        punch.date = fields.date;
        punch.seconds = fields.seconds;
        const QByteArrayView state = fields.state;
        if (state.isEmpty()) {
            punch.direction = Punch::Direction::Unknown; // a log without states: paired by order
        } else if (state == "0" || state == "4") {
            punch.direction = Punch::Direction::In;
        } else if (state == "1" || state == "5") {
            punch.direction = Punch::Direction::Out;
        } else {
            bad(line, "state", Tr::tr("unknown punch state '%1' (0, 1, 4 or 5 expected)").arg(shown(state)), raw);
            continue;
        }
        std::string key(fields.pin.data(), size_t(fields.pin.size()));
        auto it = ids.find(key);
        if (it == ids.end()) {
            it = ids.emplace(std::move(key), out.records.internWorker(QString::fromUtf8(fields.pin))).first;
        }
        punch.worker = it->second;
        punch.line = line;
        punch.rawOffset = raw.data() - begin;
        punch.rawSize = raw.size();
        punches.push_back(punch);
    }

    const PunchPairing::Outcome paired = PunchPairing::pair(
        punches, out.records.timeRecords, [&](const Punch& punch, const QString& reason, bool blocking) {
            issue(punch.line, QStringLiteral("state"), reason, QByteArrayView(begin + punch.rawOffset, punch.rawSize),
                  blocking);
        });
    out.rejected += paired.floodedPunches;
    std::stable_sort(out.issues.begin(), out.issues.end(),
                     [](const RecordIssue& a, const RecordIssue& b) { return a.line < b.line; });
    return out;
}

} // namespace fieldbook
