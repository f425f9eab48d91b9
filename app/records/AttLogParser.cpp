#include "app/records/AttLogParser.h"
#include "app/records/FieldParsers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <algorithm>

namespace fieldbook {

namespace {

struct Punch
{
    int worker;
    qint64 at; // seconds since the Julian epoch: orders punches across midnight
    JulianDay day;
    int time;
    bool in;
    int line;
};

QString tr(const char* text)
{
    return QCoreApplication::translate("Records", text);
}

} // namespace

ParsedFile AttLogParser::parse(const QString& fileName, const QByteArray& data)
{
    ParsedFile out;
    out.fileName = fileName;
    out.kind = RecordKind::AttLog;
    out.sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    LocalWorkerIds ids(out.workerIds);
    std::vector<Punch> punches;

    const char* pos = data.constData();
    const char* end = pos + data.size();
    if (data.startsWith("\xEF\xBB\xBF")) {
        pos += 3;
    }
    int lineNumber = 0;
    while (pos < end) {
        const char* lineEnd = std::find(pos, end, '\n');
        const std::string_view line = fieldparse::trim(std::string_view(pos, size_t(lineEnd - pos)));
        pos = lineEnd + (lineEnd < end ? 1 : 0);
        ++lineNumber;
        if (line.empty()) {
            continue;
        }
        ++out.rowsRead;
        std::vector<std::string_view> fields;
        size_t start = 0;
        for (size_t i = 0; i <= line.size(); ++i) {
            if (i == line.size() || line[i] == '\t') {
                fields.push_back(line.substr(start, i - start));
                start = i + 1;
            }
        }
        const QString raw = QString::fromUtf8(line.data(), qsizetype(std::min<size_t>(line.size(), 200)));
        if (fields.size() < 3) {
            out.issues.append(
                {fileName, lineNumber, {}, tr("expected PIN, timestamp and state separated by tabs"), raw});
            continue;
        }
        const std::string_view pin = fieldparse::trim(fields[0]);
        if (pin.empty()) {
            out.issues.append({fileName, lineNumber, QStringLiteral("pin"), tr("required value is empty"), raw});
            continue;
        }
        JulianDay day = kNoDate;
        int time = 0;
        if (!fieldparse::dateTime(fields[1], &day, &time)) {
            out.issues.append(
                {fileName, lineNumber, QStringLiteral("timestamp"), tr("not a timestamp (YYYY-MM-DD HH:MM:SS)"), raw});
            continue;
        }
        int state = -1;
        if (!fieldparse::integer(fields[2], &state)) {
            out.issues.append({fileName, lineNumber, QStringLiteral("state"), tr("not a punch state number"), raw});
            continue;
        }
        if (state != 0 && state != 1 && state != 4 && state != 5) {
            // Break-out/in and other states have no agreed meaning for pairing: report, do not guess.
            out.issues.append({fileName, lineNumber, QStringLiteral("state"),
                               tr("unknown punch state %1: punch not used").arg(state), raw, false});
            continue;
        }
        punches.push_back(
            {ids.intern(pin), qint64(day) * 86400 + time, day, time, state == 0 || state == 4, lineNumber});
    }

    std::stable_sort(punches.begin(), punches.end(), [](const Punch& a, const Punch& b) {
        return a.worker != b.worker ? a.worker < b.worker : a.at < b.at;
    });
    auto unpaired = [&](const Punch& p) {
        out.issues.append({fileName,
                           p.line,
                           QStringLiteral("state"),
                           p.in ? tr("check-in without a matching check-out: not paired")
                                : tr("check-out without a matching check-in: not paired"),
                           {},
                           false});
    };
    const Punch* open = nullptr;
    for (size_t i = 0; i < punches.size(); ++i) {
        const Punch& p = punches[i];
        if (open && open->worker != p.worker) {
            unpaired(*open);
            open = nullptr;
        }
        if (p.in) {
            if (open) {
                unpaired(*open);
            }
            open = &p;
            continue;
        }
        if (!open || p.at - open->at > kMaxSegmentSeconds || p.at == open->at) {
            if (open && p.at - open->at > kMaxSegmentSeconds) {
                unpaired(*open);
                open = nullptr;
            }
            unpaired(p);
            continue;
        }
        TimeRecord t;
        t.worker = p.worker;
        t.date = open->day;
        t.timeIn = open->time;
        t.timeOut = p.time;
        t.line = open->line;
        out.timeRecords.push_back(t);
        open = nullptr;
    }
    if (open) {
        unpaired(*open);
    }
    std::sort(out.issues.begin(), out.issues.end(),
              [](const RecordIssue& a, const RecordIssue& b) { return a.line < b.line; });
    return out;
}

} // namespace fieldbook
