#include "app/analysis/CheckTitles.h"

#include <QCoreApplication>
#include <QHash>

namespace fieldbook {

QString CheckTitles::title(const QString& check)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("identical_punches"), QT_TRANSLATE_NOOP("CheckTitles", "Identical punches")},
        {QStringLiteral("uniform_times"), QT_TRANSLATE_NOOP("CheckTitles", "Same times every day")},
        {QStringLiteral("round_times"), QT_TRANSLATE_NOOP("CheckTitles", "Round punch times")},
        {QStringLiteral("hours_cap_pattern"), QT_TRANSLATE_NOOP("CheckTitles", "Hours stuck at the limit")},
        {QStringLiteral("excessive_hours"), QT_TRANSLATE_NOOP("CheckTitles", "Excessive hours")},
        {QStringLiteral("no_rest_day"), QT_TRANSLATE_NOOP("CheckTitles", "No rest day")},
        {QStringLiteral("payroll_hours_mismatch"), QT_TRANSLATE_NOOP("CheckTitles", "Paid vs recorded hours")},
        {QStringLiteral("minimum_wage_shortfall"), QT_TRANSLATE_NOOP("CheckTitles", "Below minimum wage")},
        {QStringLiteral("overtime_premium_shortfall"), QT_TRANSLATE_NOOP("CheckTitles", "Overtime premium short")},
        {QStringLiteral("rest_day_premium_shortfall"), QT_TRANSLATE_NOOP("CheckTitles", "Rest-day premium short")},
        {QStringLiteral("holiday_premium_shortfall"), QT_TRANSLATE_NOOP("CheckTitles", "Holiday premium short")},
        {QStringLiteral("net_pay_inconsistent"), QT_TRANSLATE_NOOP("CheckTitles", "Net pay does not add up")},
        {QStringLiteral("benford_deviation"), QT_TRANSLATE_NOOP("CheckTitles", "Benford deviation")},
        {QStringLiteral("underage_worker"), QT_TRANSLATE_NOOP("CheckTitles", "Underage worker")},
        {QStringLiteral("young_worker_violation"), QT_TRANSLATE_NOOP("CheckTitles", "Young worker violation")},
        {QStringLiteral("birthdate_heaping"), QT_TRANSLATE_NOOP("CheckTitles", "Birth dates heaped")},
        {QStringLiteral("duplicate_identity"), QT_TRANSLATE_NOOP("CheckTitles", "Duplicate ID number")},
        {QStringLiteral("work_outside_employment"), QT_TRANSLATE_NOOP("CheckTitles", "Work outside employment")},
        {QStringLiteral("unknown_worker"), QT_TRANSLATE_NOOP("CheckTitles", "Unknown worker")},
        {QStringLiteral("missing_punches"), QT_TRANSLATE_NOOP("CheckTitles", "Missing punches")},
        {QStringLiteral("production_hours_mismatch"), QT_TRANSLATE_NOOP("CheckTitles", "Output vs recorded hours")},
        {QStringLiteral("gate_time_mismatch"), QT_TRANSLATE_NOOP("CheckTitles", "Gate log vs recorded hours")},
        {QStringLiteral("interview_record_conflict"),
         QT_TRANSLATE_NOOP("CheckTitles", "Interviews contradict records")},
        {QStringLiteral("coached_interviews"), QT_TRANSLATE_NOOP("CheckTitles", "Coached interviews")},
    };
    const auto it = titles.constFind(check);
    return it == titles.constEnd() ? check : QCoreApplication::translate("CheckTitles", it.value());
}

} // namespace fieldbook
