// The layers of docs/architecture.md, read from the #include lines of the sources: the folders of
// app/ form a graph without cycles, database/ never includes app/ or ui/, app/ never includes ui/,
// and only app/cli/ includes app/cli/. The linker catches a core file calling the command line only
// when something links without it; this catches every include the day it is written.
#include "support/TestRegistry.h"
#include "support/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace fieldbook;

namespace {

struct Include
{
    QString from; // file, relative to the source root
    int line = 0;
    QString to; // the included path, e.g. app/records/RecordSet.h
};

QList<Include> includesUnder(const QString& folder)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""));
    QList<Include> out;
    const QString root = test::sourceDir();
    QDirIterator it(root + QLatin1Char('/') + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QRegularExpressionMatch m = include.match(lines.at(i));
            if (m.hasMatch()) {
                out.append({path.mid(root.size() + 1), i + 1, m.captured(1)});
            }
        }
    }
    return out;
}

// "app/records/RecordSet.h" -> "records"; "" for anything not in a folder of app/.
QString appFolder(const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    return parts.size() >= 3 && parts.first() == QLatin1String("app") ? parts.at(1) : QString();
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private slots:
    void databaseIncludesNothingAbove();
    void coreNeverIncludesUiOrCli();
    void appFoldersHaveNoCycle();
};

void TestLayers::databaseIncludesNothingAbove()
{
    QStringList found;
    for (const Include& inc : includesUnder(QStringLiteral("database"))) {
        if (inc.to.startsWith(QLatin1String("app/")) || inc.to.startsWith(QLatin1String("ui/"))) {
            found << QStringLiteral("%1:%2: %3").arg(inc.from).arg(inc.line).arg(inc.to);
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLayers::coreNeverIncludesUiOrCli()
{
    QStringList found;
    QList<Include> includes = includesUnder(QStringLiteral("app"));
    includes += includesUnder(QStringLiteral("ui"));
    QVERIFY(includes.size() > 500); // the tree was found
    for (const Include& inc : includes) {
        const bool inCli = inc.from.startsWith(QLatin1String("app/cli/"));
        const bool inApp = inc.from.startsWith(QLatin1String("app/"));
        if ((inApp && inc.to.startsWith(QLatin1String("ui/"))) ||
            (!inCli && inc.to.startsWith(QLatin1String("app/cli/")))) {
            found << QStringLiteral("%1:%2: %3").arg(inc.from).arg(inc.line).arg(inc.to);
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLayers::appFoldersHaveNoCycle()
{
    // folder -> folder it includes -> the first include that makes the edge (for the message)
    QMap<QString, QMap<QString, QString>> edges;
    for (const Include& inc : includesUnder(QStringLiteral("app"))) {
        const QString from = appFolder(inc.from);
        const QString to = appFolder(inc.to);
        if (!from.isEmpty() && !to.isEmpty() && from != to && !edges[from].contains(to)) {
            edges[from].insert(to, QStringLiteral("%1:%2 includes %3").arg(inc.from).arg(inc.line).arg(inc.to));
        }
    }
    QVERIFY(edges.size() >= 8);
    // Depth-first search; a grey folder met again closes a cycle, reported with its edges.
    QMap<QString, int> colour; // 0 white, 1 grey (on the path), 2 black (done)
    QStringList path;
    QString cycle;
    std::function<void(const QString&)> visit = [&](const QString& folder) {
        colour[folder] = 1;
        path << folder;
        for (auto it = edges[folder].cbegin(); it != edges[folder].cend() && cycle.isEmpty(); ++it) {
            if (colour.value(it.key()) == 1) {
                const QStringList loop = path.mid(path.indexOf(it.key())) << it.key();
                QStringList why;
                for (qsizetype i = 0; i + 1 < loop.size(); ++i) {
                    why << edges[loop.at(i)].value(loop.at(i + 1));
                }
                cycle = loop.join(QStringLiteral(" -> ")) + QLatin1Char('\n') + why.join(QLatin1Char('\n'));
            } else if (colour.value(it.key()) == 0) {
                visit(it.key());
            }
        }
        path.removeLast();
        colour[folder] = 2;
    };
    const QStringList folders = edges.keys();
    for (const QString& folder : folders) {
        if (colour.value(folder) == 0 && cycle.isEmpty()) {
            visit(folder);
        }
    }
    QVERIFY2(cycle.isEmpty(), qPrintable(QStringLiteral("folders of app/ include each other: ") + cycle));
}

FIELDBOOK_TEST_GUILESS_MAIN(TestLayers)
#include "TestLayers.moc"
