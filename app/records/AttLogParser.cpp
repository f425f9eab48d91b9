#include "app/records/AttLogParser.h"
#include "app/records/FieldParsing.h"
#include "app/records/RecordFileParser.h"
#include "app/records/RecordKinds.h"

#include <QCoreApplication>
#include <algorithm>
#include <string>
#include <unordered_map>

namespace fieldbook {

namespace {

struct Punch
{
    int worker;
    JulianDay date;
    int seconds;
    bool in;
    int line;
    qsizetype rawOffset;
    qsizetype rawSize;

    std::int64_t instant() const
    {
        return date * 86400 + seconds;
    }
};

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
        // Split the first three tab-separated fields.
        QByteArrayView fields[3];
        int count = 0;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= raw.size() && count < 3; ++i) {
            if (i == raw.size() || raw[i] == '\t') {
                fields[count++] = raw.sliced(start, i - start);
                start = i + 1;
            }
        }
        if (count < 3) {
            issue(line, QString(), Tr::tr("expected PIN, timestamp and state separated by tabs"), raw, true);
            ++out.rejected;
            continue;
        }
        const QByteArrayView pin = fieldparsing::trimmed(fields[0]);
        if (pin.isEmpty()) {
            issue(line, QStringLiteral("pin"), Tr::tr("required cell is empty"), raw, true);
            ++out.rejected;
            continue;
        }
        if (fieldparsing::hasControlBytes(pin) || pin.size() > 128) {
            issue(line, QStringLiteral("pin"),
                  Tr::tr("control character (such as NUL) or more than 128 bytes in an id"), raw, true);
            ++out.rejected;
            continue;
        }
        Punch punch{};
        if (!fieldparsing::parseTimestamp(fieldparsing::trimmed(fields[1]), &punch.date, &punch.seconds)) {
            issue(line, QStringLiteral("timestamp"),
                  Tr::tr("unparseable timestamp '%1' (expected YYYY-MM-DD HH:MM:SS)").arg(QString::fromUtf8(fields[1])),
                  raw, true);
            ++out.rejected;
            continue;
        }
        const QByteArrayView state = fieldparsing::trimmed(fields[2]);
        if (state == "0" || state == "4") {
            punch.in = true;
        } else if (state == "1" || state == "5") {
            punch.in = false;
        } else {
            issue(line, QStringLiteral("state"),
                  Tr::tr("unknown punch state '%1' (0, 1, 4 or 5 expected)").arg(QString::fromUtf8(state)), raw, true);
            ++out.rejected;
            continue;
        }
        std::string key(pin.data(), size_t(pin.size()));
        auto it = ids.find(key);
        if (it == ids.end()) {
            it = ids.emplace(std::move(key), out.records.internWorker(QString::fromUtf8(pin))).first;
        }
        punch.worker = it->second;
        punch.line = line;
        punch.rawOffset = raw.data() - begin;
        punch.rawSize = raw.size();
        punches.push_back(punch);
    }

    std::stable_sort(punches.begin(), punches.end(), [](const Punch& a, const Punch& b) {
        return a.worker != b.worker ? a.worker < b.worker : a.instant() < b.instant();
    });
    auto unpaired = [&](const Punch& punch, const QString& reason) {
        issue(punch.line, QStringLiteral("state"), reason, QByteArrayView(begin + punch.rawOffset, punch.rawSize),
              false);
    };
    out.records.timeRecords.reserve(punches.size() / 2);
    const Punch* pending = nullptr;
    for (size_t i = 0; i < punches.size(); ++i) {
        const Punch& punch = punches[i];
        if (pending && pending->worker != punch.worker) {
            unpaired(*pending, Tr::tr("check-in without a matching check-out"));
            pending = nullptr;
        }
        if (punch.in) {
            if (pending) {
                unpaired(*pending, Tr::tr("check-in without a matching check-out"));
            }
            pending = &punch;
            continue;
        }
        if (!pending) {
            unpaired(punch, Tr::tr("check-out without a matching check-in"));
            continue;
        }
        const std::int64_t span = punch.instant() - pending->instant();
        if (span <= 0 || span >= kMaxShiftSeconds) {
            unpaired(*pending, Tr::tr("check-in without a matching check-out"));
            unpaired(punch, Tr::tr("check-out more than 24 hours after the last check-in"));
            pending = nullptr;
            continue;
        }
        TimeRecord r;
        r.worker = punch.worker;
        r.date = pending->date;
        r.timeIn = pending->seconds;
        r.timeOut = punch.seconds;
        r.line = pending->line;
        out.records.timeRecords.push_back(r);
        pending = nullptr;
    }
    if (pending) {
        unpaired(*pending, Tr::tr("check-in without a matching check-out"));
    }
    std::sort(out.issues.begin(), out.issues.end(),
              [](const RecordIssue& a, const RecordIssue& b) { return a.line < b.line; });
    return out;
}

} // namespace fieldbook
