#include "app/cli/ImportPlanPrinter.h"
#include "app/records/RecordImportSession.h"
#include "app/records/RecordKinds.h"
#include "app/records/RecordPreview.h"

#include <QCoreApplication>
#include <algorithm>

namespace fieldbook {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

void ImportPlanPrinter::printMapping(QTextStream& out, const RecordImportSession& session, bool guessesOnly)
{
    for (const RecordImportFile& file : session.files()) {
        if (!guessesOnly) {
            out << file.fileName << ": " << (file.kind.isEmpty() ? tr("unknown kind") : file.kind) << " ("
                << RecordImportSession::kindSourceName(file.kindSource) << ")";
            if (!file.encoding.isEmpty()) {
                out << ", " << tr("converted from %1").arg(file.encoding);
            }
            if (RecordKinds::isCsv(file.kind) && file.headerLine > 1) {
                out << ", " << tr("header on line %1 (the lines above it skipped)").arg(file.headerLine);
            }
            if (file.forms.dateOrder != DateOrder::Unknown) {
                out << ", " << tr("dates %1").arg(dateOrderName(file.forms.dateOrder));
            }
            if (file.forms.decimalMark != DecimalMark::Unknown) {
                out << ", " << tr("decimal %1").arg(decimalMarkName(file.forms.decimalMark));
            }
            out << Qt::endl;
        }
        if (!RecordKinds::isCsv(file.kind)) {
            continue;
        }
        int width = 0;
        for (const ColumnChoice& c : file.columns) {
            width = std::max(width, int(c.spec.name.size()));
        }
        for (const ColumnChoice& c : file.columns) {
            if (guessesOnly) {
                if (c.source == ColumnSource::Synonym || c.source == ColumnSource::Saved) {
                    out << tr("%1: %2 <- %3 (%4)")
                               .arg(file.fileName, c.spec.name, quoted(c.header),
                                    RecordImportSession::columnSourceName(c.source))
                        << Qt::endl;
                }
                continue;
            }
            out << "  " << c.spec.name.leftJustified(width) << (c.spec.required ? " * " : "   ");
            if (c.isMapped()) {
                out << "<- " << quoted(c.header) << " (" << RecordImportSession::columnSourceName(c.source) << ")";
            } else {
                out << (c.spec.required ? tr("-- NOT MAPPED (required)") : tr("-- not in the file"));
            }
            out << Qt::endl;
        }
    }
}

void ImportPlanPrinter::printPreview(QTextStream& out, const RecordPreview& preview)
{
    out << QCoreApplication::translate("Cli", "%1, first %n row(s) as they will be read:", "", int(preview.rows.size()))
               .arg(preview.fileName)
        << Qt::endl;
    if (!preview.problem.isEmpty()) {
        out << "  " << preview.problem << Qt::endl;
    }
    if (preview.rows.empty()) {
        return;
    }
    // Columns as wide as their widest cell (capped), the line number first.
    std::vector<int> widths;
    for (qsizetype c = 0; c < preview.columns.size(); ++c) {
        int w = int(preview.columns.at(c).size());
        for (const RecordPreviewRow& row : preview.rows) {
            w = std::max(w, int(row.cells.at(c).size()));
        }
        widths.push_back(std::min(w, 24));
    }
    out << "  " << tr("line").rightJustified(6) << " ";
    for (qsizetype c = 0; c < preview.columns.size(); ++c) {
        out << " " << preview.columns.at(c).leftJustified(widths[size_t(c)], QLatin1Char(' '), true);
    }
    out << Qt::endl;
    for (const RecordPreviewRow& row : preview.rows) {
        out << "  " << QString::number(row.line).rightJustified(6) << (row.hasProblem() ? "!" : " ");
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            out << " " << row.cells.at(c).leftJustified(widths[size_t(c)], QLatin1Char(' '), true);
        }
        out << Qt::endl;
    }
    if (preview.moreRows) {
        out << "  ..." << Qt::endl;
    }
    printIssues(out, preview.issues);
}

void ImportPlanPrinter::printIssues(QTextStream& out, const std::vector<RecordIssue>& issues, int limit)
{
    int shown = 0;
    for (const RecordIssue& issue : issues) {
        if (limit >= 0 && shown == limit) {
            out << tr("... and %1 more").arg(issues.size() - size_t(limit)) << Qt::endl;
            break;
        }
        out << issue.toString() << (issue.blocking ? QString() : tr(" (notice: does not stop the import)")) << Qt::endl;
        ++shown;
    }
}

} // namespace fieldbook
