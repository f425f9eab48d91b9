// Benchmark of the ZKTeco attendance log reader (tests/bench, built but never run by CI).
//
//   bench_attlog generate FILE LINES tab|spaces|pipe   write a log of LINES punches (2,000 workers,
//                                                      in and out each day) in that layout
//   bench_attlog parse FILE                            read it with AttLogParser (the file mapped)
//
// parse prints one line: "parse <milliseconds> ms, peak RSS <MiB> MiB, <punches> punches,
// <records> time records, <issues> issues". See docs/benchmarks.md "Time-clock logs".
#include "app/records/AttLogParser.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QTime>
#include <cstdio>
#include <sys/resource.h>

namespace {

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

int generate(const QString& path, qint64 lines, const QByteArray& layout)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 2;
    }
    constexpr int kWorkers = 2000;
    const QDate first(2026, 1, 1);
    QByteArray chunk;
    for (qint64 i = 0; i < lines; ++i) {
        const qint64 pair = i / 2;
        const int worker = int(pair % kWorkers) + 1;
        const QDate day = first.addDays(pair / kWorkers);
        const bool in = i % 2 == 0;
        const int seconds = (in ? 7 * 3600 + 40 * 60 : 17 * 3600) + int((pair * 37) % 1200);
        const QByteArray stamp = day.toString(Qt::ISODate).toLatin1() + ' ' +
                                 QTime(0, 0).addSecs(seconds).toString(QStringLiteral("HH:mm:ss")).toLatin1();
        const QByteArray pin = QByteArray::number(worker);
        const char state = in ? '0' : '1';
        if (layout == "spaces") {
            chunk += pin.rightJustified(9, ' ') + "  " + stamp + "  " + state + "  1  0  0\r\n";
        } else if (layout == "pipe") {
            chunk += pin + '|' + stamp + '|' + state + "|1|0|0\n";
        } else {
            chunk += pin.rightJustified(9, ' ') + '\t' + stamp + '\t' + state + "\t1\t0\t0\r\n";
        }
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return 0;
}

int parse(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 2;
    }
    const uchar* mapped = file.map(0, file.size());
    QElapsedTimer timer;
    timer.start();
    const fieldbook::ParsedFile parsed = fieldbook::AttLogParser().parse(
        QByteArrayView(reinterpret_cast<const char*>(mapped), file.size()), QStringLiteral("bench_attlog.dat"));
    std::printf("parse %lld ms, peak RSS %.0f MiB, %d punches, %zu time records, %zu issues\n",
                static_cast<long long>(timer.elapsed()), peakMiB(), parsed.rows, parsed.records.timeRecords.size(),
                parsed.issues.size() + size_t(parsed.issuesNotKept));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args[1] == QLatin1String("generate")) {
        return generate(args[2], args[3].toLongLong(), args[4].toLatin1());
    }
    if (args.size() == 3 && args[1] == QLatin1String("parse")) {
        return parse(args[2]);
    }
    std::fprintf(stderr, "usage: bench_attlog generate FILE LINES tab|spaces|pipe | parse FILE\n");
    return 1;
}
