#include "ui/records/FlagExplanation.h"

#include "app/analysis/CheckDescriptions.h"
#include "app/analysis/FigureLabels.h"
#include "ui/records/FlagListModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <algorithm>
#include <cmath>

namespace fieldbook {

namespace {

// The check's figures as a two-column table: each name in words of the interface language
// (FigureLabels; the stored keys are those of docs/checks.md), long lists shortened, nested
// figures indented. A table keeps the values aligned whatever the script's character widths.
QString figureValue(const QJsonValue& v)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        QStringList items;
        for (int i = 0; i < a.size() && i < 12; ++i) {
            items << figureValue(a.at(i));
        }
        if (a.size() > 12) {
            items << QStringLiteral("… (%1)").arg(a.size());
        }
        return items.join(QStringLiteral(", "));
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 6);
    }
    if (v.isBool()) {
        return v.toBool() ? QCoreApplication::translate("FlagFigures", "yes")
                          : QCoreApplication::translate("FlagFigures", "no");
    }
    if (v.isObject()) {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            parts << FigureLabels::label(it.key()) + QStringLiteral(": ") + figureValue(it.value());
        }
        return parts.join(QStringLiteral("; "));
    }
    return v.toVariant().toString();
}

QString figureRows(const QJsonObject& evidence, int indent = 0)
{
    QString rows;
    for (auto it = evidence.begin(); it != evidence.end(); ++it) {
        const QJsonValue v = it.value();
        const QString name = FigureLabels::label(it.key()).toHtmlEscaped();
        const QString cell = QStringLiteral("<td style=\"padding-left:%1px; padding-right:16px\">%2</td>")
                                 .arg(4 + 16 * indent)
                                 .arg(name);
        if (v.isObject() && v.toObject().size() > 1) {
            rows += QStringLiteral("<tr>%1<td></td></tr>").arg(cell) + figureRows(v.toObject(), indent + 1);
        } else {
            rows += QStringLiteral("<tr>%1<td>%2</td></tr>").arg(cell, figureValue(v).toHtmlEscaped());
        }
    }
    return rows;
}

} // namespace

// What each check looks for, in plain words (formats.md; docs/checks.md has the statistics).
QString FlagExplanation::text(const QString& check)
{
    return CheckDescriptions::explanation(check);
}

QString FlagExplanation::html(const StoredFlag& f)
{
    const auto page = [](const char* text) {
        return QCoreApplication::translate("RecordAnalysisPage", text);
    };
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>").arg(f.flag.summary.toHtmlEscaped(), text(f.flag.check).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4</p>")
                .arg(page(QT_TRANSLATE_NOOP("RecordAnalysisPage", "Severity:")),
                     FlagListModel::severityTitle(severityName(f.flag.severity)),
                     page(QT_TRANSLATE_NOOP("RecordAnalysisPage", "Clauses:")),
                     f.flag.clauses.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!f.flag.workers.isEmpty()) {
        const QStringList shown = f.flag.workers.mid(0, 40);
        html += QStringLiteral("<p><b>%1</b> %2%3</p>")
                    .arg(page(QT_TRANSLATE_NOOP("RecordAnalysisPage", "Workers (%1):")).arg(f.flag.workers.size()),
                         shown.join(QStringLiteral(", ")).toHtmlEscaped(),
                         f.flag.workers.size() > shown.size() ? QStringLiteral(" …") : QString());
    }
    if (!f.flag.dates.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2 – %3</p>")
                    .arg(page(QT_TRANSLATE_NOOP("RecordAnalysisPage", "Days (%1):")).arg(f.flag.dates.size()),
                         f.flag.dates.first(), f.flag.dates.last());
    }
    if (f.disposition == FlagDisposition::Dismissed) {
        html +=
            QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(page(QT_TRANSLATE_NOOP("RecordAnalysisPage", "Dismissed:")), f.dispositionReason.toHtmlEscaped());
    } else if (f.disposition == FlagDisposition::Confirmed) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(page(QT_TRANSLATE_NOOP("RecordAnalysisPage", "Confirmed: see Findings.")));
    }
    html +=
        QStringLiteral("<p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"1\">%2</table>")
            .arg(page(QT_TRANSLATE_NOOP("RecordAnalysisPage", "The figures behind it:")), figureRows(f.flag.evidence));
    return html;
}

} // namespace fieldbook
