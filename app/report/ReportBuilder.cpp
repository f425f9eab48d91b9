#include "app/report/ReportBuilder.h"
#include "app/analysis/CheckDescriptions.h"
#include "app/codes/CatalogTranslations.h"
#include "app/fieldwork/FindingStore.h"
#include "app/params/ThresholdLabels.h"
#include "app/report/ReportCharts.h"
#include "app/report/ReportStrings.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace fieldbook {

namespace {

constexpr int kResolution = 300; // dots per inch of the PDF's coordinate system
constexpr double kMarginSideMm = 18;
constexpr double kMarginTopMm = 24;    // room for the running header
constexpr double kMarginBottomMm = 22; // room for the footer
constexpr int kChartWidth = 640;       // chart image width before its 2x supersampling

double mm(double millimetres)
{
    return millimetres * kResolution / 25.4;
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Multi-line text typed by the auditor: escaped, line breaks kept.
QString para(const QString& text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

const QString kAccent = QStringLiteral("#1f3a5f");
const QString kRule = QStringLiteral("#b8c4d2");
const QString kHeaderFill = QStringLiteral("#e8edf3");

QString severityColor(const QString& severity)
{
    if (severity == QLatin1String("critical")) {
        return QStringLiteral("#7b1f1f");
    }
    if (severity == QLatin1String("priority") || severity == QLatin1String("high")) {
        return QStringLiteral("#c0392b");
    }
    if (severity == QLatin1String("major") || severity == QLatin1String("medium")) {
        return QStringLiteral("#d35400");
    }
    if (severity == QLatin1String("minor") || severity == QLatin1String("low")) {
        return QStringLiteral("#b7950b");
    }
    return QStringLiteral("#5d6d7e");
}

// A table whose header row repeats on every page it runs over (<thead> sets headerRowCount).
// No bottom margin: when a table ends at the foot of a page, QTextDocument lays its margin out on
// the next page and draws the repeated header there too, under the next heading. The space after
// a table comes from the next block's top margin instead.
QString tableStart(double px, const QStringList& headers, const QList<int>& widthsPercent = {})
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" border=\"1\" "
                                  "style=\"border-collapse: collapse; border-color: %2;\">"
                                  "<thead><tr>")
                       .arg(qRound(3 * px))
                       .arg(kRule);
    for (int i = 0; i < headers.size(); ++i) {
        const QString width =
            i < widthsPercent.size() ? QStringLiteral(" width=\"%1%\"").arg(widthsPercent.at(i)) : QString();
        html +=
            QStringLiteral("<th bgcolor=\"%1\" align=\"left\"%2>%3</th>").arg(kHeaderFill, width, esc(headers.at(i)));
    }
    return html + QStringLiteral("</tr></thead>");
}

QString row(const QStringList& cellsHtml)
{
    QString html = QStringLiteral("<tr>");
    for (const QString& c : cellsHtml) {
        html += QStringLiteral("<td valign=\"top\">%1</td>").arg(c);
    }
    return html + QStringLiteral("</tr>");
}

QString heading(const QString& text, bool newPage = true)
{
    return QStringLiteral("<h1 style=\"%1\">%2</h1>")
        .arg(newPage ? QStringLiteral("page-break-before: always;") : QString(), esc(text));
}

QString tallyText(const ReportTally& tally)
{
    QStringList parts;
    for (const auto& [value, count] : tally) {
        parts << QStringLiteral("%1: %2").arg(esc(ReportStrings::interviewValue(value))).arg(count);
    }
    return parts.isEmpty() ? esc(ReportStrings::tr("none")) : parts.join(QStringLiteral(" &middot; "));
}

QString percent(double share)
{
    return share < 0 ? esc(ReportStrings::tr("not assessed")) : QStringLiteral("%1 %").arg(qRound(share * 100));
}

} // namespace

const CatalogTranslations& ReportBuilder::catalogText() const
{
    return CatalogTranslations::builtIn(m_data.language);
}

QList<ComplianceCount> ReportBuilder::translatedSections() const
{
    QList<ComplianceCount> sections = m_data.bySection;
    for (ComplianceCount& c : sections) {
        c.group = catalogText().section(c.group);
    }
    return sections;
}

ReportBuilder::ReportBuilder(ReportData data, Options options) : m_data(std::move(data)), m_options(std::move(options))
{
    if (!m_options.generatedAt.isValid()) {
        m_options.generatedAt = QDateTime::currentDateTimeUtc();
    }
}

QString ReportBuilder::findingId(int number) const
{
    return QStringLiteral("F-%1").arg(number, 2, 10, QLatin1Char('0'));
}

QString ReportBuilder::date(const QString& iso) const
{
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    if (!d.isValid()) {
        return iso.isEmpty() ? ReportStrings::tr("not recorded") : iso;
    }
    //: Date format of the report (QDate::toString): day and month order differ between languages.
    return QLocale(m_data.language).toString(d, ReportStrings::tr("d MMMM yyyy"));
}

QString ReportBuilder::footerLeft() const
{
    const QString when =
        //: Date and time format of the page footer (QDateTime::toString).
        QLocale(m_data.language).toString(m_options.generatedAt.toUTC(), ReportStrings::tr("d MMM yyyy HH:mm")) +
        QStringLiteral(" UTC");
    const QString key = m_options.fingerprint.isEmpty()
                            ? ReportStrings::tr("unsigned draft")
                            : ReportStrings::tr("signing key %1").arg(m_options.fingerprint);
    return ReportStrings::tr("Generated %1 \u00b7 %2").arg(when, key);
}

QString ReportBuilder::cover(double px) const
{
    const ReportData& d = m_data;
    QString html = QStringLiteral("<p style=\"margin-top: %1px; font-size: 11pt; color: %2;\">%3</p>")
                       .arg(qRound(120 * px))
                       .arg(kAccent, esc(ReportStrings::tr("SOCIAL COMPLIANCE AUDIT REPORT")));
    html += QStringLiteral("<p style=\"font-size: 24pt; font-weight: bold; color: %1; margin-top: %2px;\">%3</p>")
                .arg(kAccent)
                .arg(qRound(6 * px))
                .arg(esc(d.facilityName));
    html += QStringLiteral("<p style=\"font-size: 13pt; color: #444444;\">%1</p>").arg(esc(d.title));
    html += QStringLiteral("<hr style=\"color: %1;\"/>").arg(kAccent);

    QStringList codes;
    for (const QString& c : d.codes) {
        codes << esc(ReportStrings::codeName(c));
    }
    QStringList address;
    for (const QString& part : {d.facilityAddress, d.facilityCity}) {
        if (!part.isEmpty()) {
            address << part;
        }
    }
    QLocale::Territory territory = QLocale::codeToTerritory(d.country);
    address << (territory == QLocale::AnyTerritory ? d.country : QLocale::territoryToString(territory));

    const QList<std::pair<QString, QString>> facts{
        {ReportStrings::tr("Facility"), esc(d.facilityName)},
        {ReportStrings::tr("Address"), esc(address.join(QStringLiteral(", ")))},
        {ReportStrings::tr("Industry"), esc(d.industry.isEmpty() ? ReportStrings::tr("not recorded") : d.industry)},
        {ReportStrings::tr("Headcount"),
         d.headcount < 0 ? esc(ReportStrings::tr("not recorded")) : QString::number(d.headcount)},
        {ReportStrings::tr("Audit dates"), esc(ReportStrings::tr("%1 to %2").arg(date(d.startDate), date(d.endDate)))},
        {ReportStrings::tr("Records period reviewed"),
         esc(ReportStrings::tr("%1 to %2").arg(date(d.periodStart), date(d.periodEnd)))},
        {ReportStrings::tr("Audit type"), esc(ReportStrings::auditType(d.auditType))},
        {ReportStrings::tr("Codes of conduct"), codes.join(QStringLiteral("<br/>"))},
        {ReportStrings::tr("Scope"), para(d.scope.isEmpty() ? ReportStrings::tr("not recorded") : d.scope)},
        {ReportStrings::tr("Announcement"), esc(ReportStrings::announcement(d.announcement))},
        {ReportStrings::tr("Audit paid by"), esc(ReportStrings::paidBy(d.paidBy))},
    };
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" style=\"margin-top: %2px;\">")
                .arg(qRound(4 * px))
                .arg(qRound(10 * px));
    for (const auto& [label, value] : facts) {
        html += QStringLiteral("<tr><td width=\"30%\" style=\"color: #555555;\">%1</td><td>%2</td></tr>")
                    .arg(esc(label), value);
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3 style=\"color: %1; margin-top: %2px;\">%3</h3>")
                .arg(kAccent)
                .arg(qRound(14 * px))
                .arg(esc(ReportStrings::tr("Audit team")));
    html += tableStart(px, {ReportStrings::tr("Name"), ReportStrings::tr("Role")}, {60, 40});
    for (const ReportTeamMember& m : d.team) {
        html += row({esc(m.name), esc(ReportStrings::role(m.role))});
    }
    if (d.team.isEmpty()) {
        html += row({esc(ReportStrings::tr("No team recorded")), QString()});
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"color: #777777; font-size: 8pt;\">%1</p>")
                .arg(esc(ReportStrings::tr("Audit reference %1. This report contains no worker names, identity "
                                           "numbers or interview statements; interviews are summarised in figures "
                                           "only.")
                             .arg(d.auditUuid)));
    return html;
}

QString ReportBuilder::executiveSummary(double px) const
{
    const ReportData& d = m_data;
    const QMap<QString, int> sev = d.findingsBySeverity();
    ComplianceCount overall;
    for (const ComplianceCount& c : d.bySection) {
        overall.compliant += c.compliant;
        overall.nonCompliant += c.nonCompliant;
        overall.observation += c.observation;
        overall.notApplicable += c.notApplicable;
        overall.notVerified += c.notVerified;
        overall.unanswered += c.unanswered;
    }
    QString result;
    QString color;
    const int assessed = overall.compliant + overall.nonCompliant + overall.observation;
    if (sev.value(QStringLiteral("critical")) + sev.value(QStringLiteral("priority")) > 0) {
        result = ReportStrings::tr("Not compliant: critical or priority findings require immediate action.");
        color = QStringLiteral("#c0392b");
    } else if (sev.value(QStringLiteral("major")) > 0) {
        result = ReportStrings::tr("Major non-compliances found: a corrective action plan is required.");
        color = QStringLiteral("#d35400");
    } else if (sev.value(QStringLiteral("minor")) > 0) {
        result = ReportStrings::tr("Generally compliant, with minor findings to correct.");
        color = QStringLiteral("#b7950b");
    } else if (assessed == 0) {
        result = ReportStrings::tr("Assessment not started: no question has been answered yet.");
        color = QStringLiteral("#5d6d7e");
    } else {
        result = ReportStrings::tr("No non-compliance found in the questions assessed.");
        color = QStringLiteral("#27ae60");
    }
    QString html = heading(ReportStrings::tr("1. Executive summary"));
    html +=
        QStringLiteral("<p style=\"font-size: 12pt; font-weight: bold; color: %1;\">%2</p>").arg(color, esc(result));

    html += tableStart(px, {ReportStrings::tr("Figure"), ReportStrings::tr("Value")}, {60, 40});
    html += row({esc(ReportStrings::tr("Questions in the checklist")), QString::number(overall.total())});
    html += row({esc(ReportStrings::tr("Questions assessed (compliant, non-compliant, observation)")),
                 QString::number(assessed)});
    html += row({esc(ReportStrings::tr("Overall compliance of assessed questions")), percent(overall.compliance())});
    html += row(
        {esc(ReportStrings::tr("Not applicable / not verified / unanswered")),
         QStringLiteral("%1 / %2 / %3").arg(overall.notApplicable).arg(overall.notVerified).arg(overall.unanswered)});
    for (const QString& s : FindingStore::severitiesWorstFirst()) {
        html += row({esc(ReportStrings::tr("Findings: %1").arg(ReportStrings::findingSeverity(s))),
                     QString::number(sev.value(s))});
    }
    html += row({esc(ReportStrings::tr("Corrective actions planned")), QString::number(d.actions.size())});
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3 style=\"color: %1;\">%2</h3>").arg(kAccent, esc(ReportStrings::tr("Top issues")));
    if (d.findings.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(ReportStrings::tr("No findings were raised.")));
    } else {
        html += QStringLiteral("<ul>");
        for (int i = 0; i < std::min<int>(5, int(d.findings.size())); ++i) {
            const ReportFinding& f = d.findings.at(i);
            html += QStringLiteral("<li><b>%1</b> <span style=\"color: %2;\">[%3]</span> %4 <i>(%5)</i></li>")
                        .arg(findingId(f.number), severityColor(f.severity),
                             esc(ReportStrings::findingSeverity(f.severity)), esc(f.title),
                             esc(f.clauses.join(QStringLiteral(", "))));
        }
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h3 style=\"color: %1;\">%2</h3>").arg(kAccent, esc(ReportStrings::tr("Record analysis")));
    int flags = 0, confirmed = 0, dismissed = 0, open = 0, rows = 0, quarantined = 0;
    for (const ReportFlagGroup& g : d.flags) {
        flags += g.total;
        confirmed += g.confirmed;
        dismissed += g.dismissed;
        open += g.open;
    }
    for (const ReportRecordImport& r : d.imports) {
        rows += r.rows;
        quarantined += r.quarantined;
    }
    if (d.imports.isEmpty() && d.analysisRuns == 0) {
        html +=
            QStringLiteral("<p>%1</p>").arg(esc(ReportStrings::tr("No factory records were imported for analysis.")));
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(ReportStrings::tr("%1 factory records from %2 files were analysed (%3 rows quarantined). "
                                               "The analysis raised %4 flags in %5 groups: %6 confirmed by the "
                                               "auditors, %7 dismissed with a reason, %8 still open.")
                                 .arg(rows)
                                 .arg(d.imports.size())
                                 .arg(quarantined)
                                 .arg(flags)
                                 .arg(d.flags.size())
                                 .arg(confirmed)
                                 .arg(dismissed)
                                 .arg(open)));
    }
    return html;
}

QString ReportBuilder::complianceSection(double px) const
{
    QString html = heading(ReportStrings::tr("2. Compliance by section and code"));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(ReportStrings::tr(
                    "Compliance is the share of assessed questions (compliant, non-compliant or observation) "
                    "answered compliant. Green: 85 % and above; amber: 60 to 84 %; red: below 60 %.")));
    html +=
        QStringLiteral("<h3 style=\"color: %1;\">%2</h3>").arg(kAccent, esc(ReportStrings::tr("By code of conduct")));
    html += QStringLiteral("<p align=\"center\"><img src=\"chart:codes\" width=\"%1\"/></p>").arg(650);
    html += QStringLiteral("<h3 style=\"color: %1;\">%2</h3>").arg(kAccent, esc(ReportStrings::tr("By section")));
    html += QStringLiteral("<p align=\"center\"><img src=\"chart:sections\" width=\"%1\"/></p>").arg(650);

    const QStringList headers{ReportStrings::tr("Section"),       ReportStrings::tr("Compliant"),
                              ReportStrings::tr("Non-compliant"), ReportStrings::tr("Observ."),
                              ReportStrings::tr("N/A"),           ReportStrings::tr("Unverified"),
                              ReportStrings::tr("Unanswered"),    ReportStrings::tr("Compliance")};
    for (const auto& [title, groups, codes] :
         {std::tuple{ReportStrings::tr("Answers by code"), m_data.byCode, true},
          std::tuple{ReportStrings::tr("Answers by section"), m_data.bySection, false}}) {
        html += QStringLiteral("<h3 style=\"color: %1;\">%2</h3>").arg(kAccent, esc(title));
        QStringList h = headers;
        h[0] = codes ? ReportStrings::tr("Code") : ReportStrings::tr("Section");
        html += tableStart(px, h, {23, 10, 11, 9, 7, 11, 13, 16});
        for (const ComplianceCount& c : groups) {
            html +=
                row({esc(codes ? ReportStrings::codeName(c.group) : catalogText().section(c.group)),
                     QString::number(c.compliant), QString::number(c.nonCompliant), QString::number(c.observation),
                     QString::number(c.notApplicable), QString::number(c.notVerified), QString::number(c.unanswered),
                     QStringLiteral("<b><span style=\"color: %1;\">%2</span></b>")
                         .arg(c.compliance() < 0 ? QStringLiteral("#777777")
                                                 : ReportCharts::complianceColor(c.compliance()).name(),
                              percent(c.compliance()))});
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString ReportBuilder::findingsSection(double px) const
{
    QString html = heading(ReportStrings::tr("3. Findings"));
    html += QStringLiteral("<p align=\"center\"><img src=\"chart:findings\" width=\"%1\"/></p>").arg(520);
    if (m_data.findings.isEmpty()) {
        return html + QStringLiteral("<p>%1</p>").arg(esc(ReportStrings::tr("No findings were raised.")));
    }
    for (const ReportFinding& f : m_data.findings) {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" border=\"1\" "
                               "style=\"border-collapse: collapse; border-color: %2; margin-top: %3px;\">")
                    .arg(qRound(4 * px))
                    .arg(kRule)
                    .arg(qRound(10 * px));
        html += QStringLiteral("<thead><tr><td colspan=\"2\" bgcolor=\"%1\"><b>%2 &nbsp; %3</b> &nbsp; "
                               "<span style=\"color: %4; font-weight: bold;\">%5</span></td></tr></thead>")
                    .arg(kHeaderFill, findingId(f.number), esc(f.title), severityColor(f.severity),
                         esc(ReportStrings::findingSeverity(f.severity)));
        const QList<std::pair<QString, QString>> fields{
            {ReportStrings::tr("Clauses"),
             esc(f.clauses.isEmpty() ? ReportStrings::tr("none recorded") : f.clauses.join(QStringLiteral(", ")))},
            {ReportStrings::tr("Section"), esc(catalogText().section(f.section))},
            {ReportStrings::tr("Description"), para(f.description)},
            {ReportStrings::tr("Evidence"), para(f.evidenceText)},
            {ReportStrings::tr("Evidence files"), esc(f.evidenceFiles.join(QStringLiteral(", ")))},
            {ReportStrings::tr("Root cause"), para(f.rootCause)},
        };
        for (const auto& [label, value] : fields) {
            if (!value.isEmpty()) {
                html += QStringLiteral("<tr><td width=\"20%\" valign=\"top\" style=\"color: #555555;\">%1</td>"
                                       "<td valign=\"top\">%2</td></tr>")
                            .arg(esc(label), value);
            }
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString ReportBuilder::actionPlanSection(double px) const
{
    QString html = heading(ReportStrings::tr("4. Corrective action plan"));
    if (m_data.actions.isEmpty()) {
        return html + QStringLiteral("<p>%1</p>").arg(esc(ReportStrings::tr("No corrective actions recorded.")));
    }
    html += tableStart(px,
                       {ReportStrings::tr("Finding"), ReportStrings::tr("Corrective action"),
                        ReportStrings::tr("Preventive action"), ReportStrings::tr("Responsible"),
                        ReportStrings::tr("Due date"), ReportStrings::tr("Status")},
                       {20, 25, 24, 12, 11, 8});
    for (const ReportCorrectiveAction& a : m_data.actions) {
        html += row({QStringLiteral("<b>%1</b> %2").arg(findingId(a.findingNumber), esc(a.findingTitle)),
                     para(a.corrective), para(a.preventive), esc(a.responsible), esc(date(a.dueDate)),
                     esc(ReportStrings::actionStatus(a.status))});
    }
    return html + QStringLiteral("</table>");
}

QString ReportBuilder::interviewSection(double px) const
{
    const ReportInterviewSummary& s = m_data.interviews;
    QString html = heading(ReportStrings::tr("5. Interviews"));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(ReportStrings::tr(
                    "Interviews are summarised in figures. Names, identity numbers and what interviewees "
                    "said in their own words are kept sealed in the audit store and are not part of this "
                    "report.")));
    html += tableStart(px, {ReportStrings::tr("Figure"), ReportStrings::tr("Value")}, {35, 65});
    html += row({esc(ReportStrings::tr("Interviews held")), QString::number(s.interviews)});
    html += row({esc(ReportStrings::tr("People interviewed")), QString::number(s.participants)});
    html += row({esc(ReportStrings::tr("By kind")), tallyText(s.byKind)});
    html += row({esc(ReportStrings::tr("By format")), tallyText(s.byFormat)});
    html += row({esc(ReportStrings::tr("By location")), tallyText(s.byLocation)});
    QStringList departments;
    for (const auto& [value, count] : s.byDepartment) {
        departments << QStringLiteral("%1: %2")
                           .arg(esc(value.isEmpty() ? ReportStrings::tr("not recorded") : value))
                           .arg(count);
    }
    html += row({esc(ReportStrings::tr("By department")), departments.join(QStringLiteral(" &middot; "))});
    html += row({esc(ReportStrings::tr("By gender")), tallyText(s.byGender)});
    html += QStringLiteral("</table>");

    html +=
        QStringLiteral("<h3 style=\"color: %1;\">%2</h3>").arg(kAccent, esc(ReportStrings::tr("Structured answers")));
    html +=
        tableStart(px, {ReportStrings::tr("Question"), ReportStrings::tr("Answer"), ReportStrings::tr("Answered by")},
                   {50, 30, 20});
    const QLocale locale(m_data.language);
    html +=
        row({esc(ReportStrings::tr("Stated weekly working hours (mean)")),
             s.statedWeeklyHoursCount ? locale.toString(s.meanStatedWeeklyHours, 'f', 1) : QStringLiteral("&ndash;"),
             QString::number(s.statedWeeklyHoursCount)});
    html += row({esc(ReportStrings::tr("Stated monthly pay (mean)")),
                 s.statedMonthlyPayCount ? locale.toString(s.meanStatedMonthlyPay, 'f', 0) : QStringLiteral("&ndash;"),
                 QString::number(s.statedMonthlyPayCount)});
    html += row({esc(ReportStrings::tr("Overtime described as voluntary")),
                 esc(ReportStrings::tr("%1 yes, %2 no").arg(s.overtimeVoluntaryYes).arg(s.overtimeVoluntaryNo)),
                 QString::number(s.overtimeVoluntaryYes + s.overtimeVoluntaryNo)});
    html += row({esc(ReportStrings::tr("Interviews where coaching was suspected")),
                 QString::number(s.coachingSuspected), QString::number(s.interviews)});
    return html + QStringLiteral("</table>");
}

QString ReportBuilder::recordSection(double px) const
{
    QString html = heading(ReportStrings::tr("6. Record checks and analysis flags"));
    html += QStringLiteral("<h3 style=\"color: %1;\">%2</h3>").arg(kAccent, esc(ReportStrings::tr("Records imported")));
    if (m_data.imports.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(ReportStrings::tr("No factory records were imported.")));
    } else {
        html += tableStart(px,
                           {ReportStrings::tr("Records"), ReportStrings::tr("File"), ReportStrings::tr("Rows"),
                            ReportStrings::tr("Quarantined")},
                           {25, 45, 15, 15});
        for (const ReportRecordImport& r : m_data.imports) {
            html += row({esc(ReportStrings::recordKind(r.kind)), esc(r.fileName), QString::number(r.rows),
                         QString::number(r.quarantined)});
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(m_data.analysisRuns == 0 ? ReportStrings::tr("The records have not been analysed.")
                                                  : ReportStrings::tr("Analysis runs: %1; latest %2.")
                                                        .arg(m_data.analysisRuns)
                                                        .arg(date(m_data.lastAnalysisAt))));
    html +=
        QStringLiteral("<h3 style=\"color: %1;\">%2</h3>").arg(kAccent, esc(ReportStrings::tr("Flags by severity")));
    html += QStringLiteral("<p align=\"center\"><img src=\"chart:flags\" width=\"%1\"/></p>").arg(520);
    html += QStringLiteral("<h3 style=\"color: %1;\">%2</h3>")
                .arg(kAccent, esc(ReportStrings::tr("Flags and their dispositions")));
    if (m_data.flags.isEmpty()) {
        return html + QStringLiteral("<p>%1</p>").arg(esc(ReportStrings::tr("No flags were raised.")));
    }
    html += tableStart(px,
                       {ReportStrings::tr("Check"), ReportStrings::tr("Severity"), ReportStrings::tr("Flags"),
                        ReportStrings::tr("Confirmed"), ReportStrings::tr("Dismissed"), ReportStrings::tr("Open"),
                        ReportStrings::tr("Reasons for dismissal")},
                       {29, 9, 7, 11, 11, 7, 26});
    for (const ReportFlagGroup& g : m_data.flags) {
        html += row({esc(CheckDescriptions::title(g.checkName)),
                     QStringLiteral("<span style=\"color: %1;\">%2</span>")
                         .arg(severityColor(g.severity), esc(ReportStrings::flagSeverity(g.severity))),
                     QString::number(g.total), QString::number(g.confirmed), QString::number(g.dismissed),
                     QString::number(g.open), para(g.dismissalReasons.join(QLatin1Char('\n')))});
    }
    return html + QStringLiteral("</table>");
}

QString ReportBuilder::thresholdsSection(double px) const
{
    if (!m_data.thresholds) {
        return {};
    }
    const ResolvedParams& t = *m_data.thresholds;
    QString html = QStringLiteral("<h3 style=\"color: %1;\">%2</h3>")
                       .arg(kAccent, esc(ReportStrings::tr("Thresholds the checks applied")));
    QString scope = ReportStrings::tr("The stricter of code and law for each figure, in force on %1.")
                        .arg(t.date.toString(Qt::ISODate));
    if (!t.params.region.isEmpty()) {
        scope += QLatin1Char(' ') + ReportStrings::tr("Region: %1.").arg(t.params.region);
    }
    scope += QLatin1Char(' ') + ReportStrings::tr("\"Verify before use\": a figure of the law not checked against its "
                                                  "primary text by Fieldbook's authors.");
    html += para(scope);
    html += tableStart(px,
                       {ReportStrings::tr("Threshold"), ReportStrings::tr("Value"), ReportStrings::tr("Source"),
                        ReportStrings::tr("In force"), ReportStrings::tr("Standing")},
                       {24, 14, 34, 14, 14});
    for (const QString& key : ThresholdLabels::keys()) {
        if (!ThresholdLabels::isShown(t, key)) {
            continue;
        }
        const ThresholdProvenance p = t.provenance.value(key);
        QString source = p.source;
        if (!p.note.isEmpty()) {
            source += QStringLiteral(" — ") + p.note;
        }
        html += row({esc(ThresholdLabels::title(key)), esc(ThresholdLabels::value(t, key)), para(source),
                     esc(ThresholdLabels::inForce(p)), esc(ThresholdLabels::standing(p))});
    }
    return html + QStringLiteral("</table>");
}

// Every flag of the latest analysis and what the auditor decided, so that a reviewer sees what
// was dismissed and why, not only what became a finding; then what each check looks for.
QString ReportBuilder::flagAppendix(double px) const
{
    if (m_data.flagList.isEmpty()) {
        return {};
    }
    QString html = heading(ReportStrings::tr("Appendix: every analysis flag and its decision"));
    html += para(ReportStrings::tr("The latest analysis raised %1 flag(s). Each is listed with the auditor's "
                                   "decision: confirmed (as a finding where one was written), dismissed with the "
                                   "reason given, or still open. Workers are counted, not named.")
                     .arg(m_data.flagList.size()));
    html += tableStart(px,
                       {ReportStrings::tr("No."), ReportStrings::tr("Check"), ReportStrings::tr("Severity"),
                        ReportStrings::tr("Workers"), ReportStrings::tr("Days"), ReportStrings::tr("Decision")},
                       {6, 24, 9, 8, 25, 28});
    QStringList checks;
    int number = 0;
    for (const ReportFlag& f : m_data.flagList) {
        ++number;
        if (!checks.contains(f.checkName)) {
            checks.append(f.checkName);
        }
        QString decision;
        if (f.disposition == FlagDisposition::Confirmed) {
            decision = f.findingNumber > 0
                           ? ReportStrings::tr("Confirmed as finding %1").arg(findingId(f.findingNumber))
                           : ReportStrings::tr("Confirmed");
        } else if (f.disposition == FlagDisposition::Dismissed) {
            decision = f.reason.isEmpty() ? ReportStrings::tr("Dismissed (no reason given)")
                                          : ReportStrings::tr("Dismissed: %1").arg(f.reason);
        } else {
            decision = ReportStrings::tr("Open");
        }
        const QString days = f.firstDate.isEmpty() ? QString()
                             : f.firstDate == f.lastDate
                                 ? date(f.firstDate)
                                 : QStringLiteral("%1 – %2").arg(date(f.firstDate), date(f.lastDate));
        html += row({QStringLiteral("A-%1").arg(number, 2, 10, QLatin1Char('0')),
                     esc(CheckDescriptions::title(f.checkName)),
                     QStringLiteral("<span style=\"color: %1;\">%2</span>")
                         .arg(severityColor(f.severity), esc(ReportStrings::flagSeverity(f.severity))),
                     QString::number(f.workers), esc(days), para(decision)});
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3 style=\"color: %1;\">%2</h3>")
                .arg(kAccent, esc(ReportStrings::tr("What the checks look for")));
    for (const QString& check : std::as_const(checks)) {
        html += QStringLiteral("<p><b>%1</b> — %2</p>")
                    .arg(esc(CheckDescriptions::title(check)), esc(CheckDescriptions::explanation(check)));
    }
    return html;
}

QString ReportBuilder::evidenceAppendix(double px) const
{
    QString html = heading(ReportStrings::tr("Appendix: evidence files and their SHA-256"));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(ReportStrings::tr(
                    "Each evidence file is kept in the signed audit package. Its SHA-256 below lets any "
                    "reader check that the file they hold is the one the auditors recorded.")));
    if (m_data.evidence.isEmpty()) {
        return html + QStringLiteral("<p>%1</p>").arg(esc(ReportStrings::tr("No evidence files were recorded.")));
    }
    html += tableStart(px,
                       {ReportStrings::tr("File"), ReportStrings::tr("Size"), ReportStrings::tr("Attached to"),
                        ReportStrings::tr("SHA-256")},
                       {26, 13, 21, 40});
    const QLocale locale(m_data.language);
    for (const ReportEvidence& e : m_data.evidence) {
        // The hash in two halves so it wraps at a predictable place in a narrow column.
        const QString hash = e.sha256.left(32) + QStringLiteral("<br/>") + e.sha256.mid(32);
        html += row(
            {esc(e.fileName),
             esc(locale.formattedDataSize(e.sizeBytes)).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")),
             esc(catalogText().section(e.attachedTo)),
             QStringLiteral("<span style=\"font-family: 'DejaVu Sans Mono'; font-size: 7pt;\">%1</span>").arg(hash)});
    }
    return html + QStringLiteral("</table>");
}

QString ReportBuilder::html(double px) const
{
    QString html = QStringLiteral("<html><head><style>"
                                  "h1 { font-size: 16pt; color: %1; margin-bottom: %2px; }"
                                  "h3 { font-size: 11pt; margin-top: %3px; margin-bottom: %4px; }"
                                  "th { font-weight: bold; font-size: 7.5pt; }"
                                  "</style></head><body>")
                       .arg(kAccent)
                       .arg(qRound(8 * px))
                       .arg(qRound(12 * px))
                       .arg(qRound(4 * px));
    html += cover(px) + executiveSummary(px) + complianceSection(px) + findingsSection(px) + actionPlanSection(px) +
            interviewSection(px) + recordSection(px) + thresholdsSection(px) + flagAppendix(px) + evidenceAppendix(px);
    return html + QStringLiteral("</body></html>");
}

Result<int> ReportBuilder::writePdf(const QString& path) const
{
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    int pages = 0;
    {
        QPdfWriter writer(partial);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(QStringLiteral("%1 — %2").arg(m_data.facilityName, m_data.title));
        writer.setCreator(QStringLiteral("Fieldbook"));

        const double pageWidth = writer.width();
        const double pageHeight = writer.height();
        const QRectF body(mm(kMarginSideMm), mm(kMarginTopMm), pageWidth - 2 * mm(kMarginSideMm),
                          pageHeight - mm(kMarginTopMm) - mm(kMarginBottomMm));
        // QTextDocument scales HTML lengths from 96 dpi to the paint device itself: CSS pixels stay as they are.
        const double px = 1.0;

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        QFont base(QStringLiteral("DejaVu Sans"));
        base.setPointSizeF(9);
        doc.setDefaultFont(base);
        doc.setDocumentMargin(0);
        doc.setPageSize(body.size());
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:codes")),
                        ReportCharts::compliance(m_data.byCode, kChartWidth, true));
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:sections")),
                        ReportCharts::compliance(translatedSections(), kChartWidth, false));
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:findings")),
                        ReportCharts::findingsBySeverity(m_data, kChartWidth));
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:flags")),
                        ReportCharts::flagsBySeverity(m_data, kChartWidth));
        doc.setHtml(html(px));
        pages = doc.pageCount();

        QPainter painter;
        if (!painter.begin(&writer)) {
            return Result<int>::failure(
                QCoreApplication::translate("Report", "Cannot write the report to %1").arg(path));
        }
        QFont small = base;
        small.setPointSizeF(7.5);
        const QString headerLeft = QStringLiteral("%1 \u2014 %2").arg(m_data.facilityName, m_data.title);
        const QString footerLeftText = footerLeft();
        for (int page = 0; page < pages; ++page) {
            if (page > 0) {
                writer.newPage();
            }
            painter.save();
            painter.translate(body.left(), body.top() - page * body.height());
            const QRectF clip(0, page * body.height(), body.width(), body.height());
            doc.drawContents(&painter, clip);
            painter.restore();

            painter.setFont(small);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const double headerBase = mm(kMarginTopMm) - mm(8);
            const QRectF headerRect(body.left(), headerBase - mm(5), body.width(), mm(5));
            if (page > 0) { // the cover has its own title
                const QFontMetricsF fm(small, &writer);
                painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignBottom,
                                 fm.elidedText(headerLeft, Qt::ElideRight, body.width() * 0.75));
                painter.setPen(QColor(0xc0, 0x39, 0x2b));
                painter.drawText(headerRect, Qt::AlignRight | Qt::AlignBottom, ReportStrings::tr("Confidential"));
                painter.setPen(QPen(QColor(0xb8, 0xc4, 0xd2), mm(0.3)));
                painter.drawLine(QPointF(body.left(), headerBase + mm(1.5)),
                                 QPointF(body.right(), headerBase + mm(1.5)));
            } else {
                painter.setPen(QColor(0xc0, 0x39, 0x2b));
                painter.drawText(headerRect, Qt::AlignRight | Qt::AlignBottom, ReportStrings::tr("Confidential"));
            }
            const double footerTop = pageHeight - mm(kMarginBottomMm) + mm(8);
            painter.setPen(QPen(QColor(0xb8, 0xc4, 0xd2), mm(0.3)));
            painter.drawLine(QPointF(body.left(), footerTop), QPointF(body.right(), footerTop));
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF footerRect(body.left(), footerTop + mm(1.5), body.width(), mm(8));
            painter.drawText(QRectF(footerRect.topLeft(), QSizeF(footerRect.width() * 0.8, footerRect.height())),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, footerLeftText);
            painter.drawText(footerRect, Qt::AlignRight | Qt::AlignTop,
                             ReportStrings::tr("Page %1 of %2").arg(page + 1).arg(pages));
        }
        if (!painter.end()) {
            return Result<int>::failure(
                QCoreApplication::translate("Report", "Cannot write the report to %1").arg(path));
        }
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Result<int>::failure(QCoreApplication::translate("Report", "Cannot write the report to %1").arg(path));
    }
    return pages;
}

} // namespace fieldbook
