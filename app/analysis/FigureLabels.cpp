#include "app/analysis/FigureLabels.h"

#include <QCoreApplication>
#include <QHash>

namespace fieldbook {

namespace {

const QHash<QString, const char*>& labels()
{
    static const QHash<QString, const char*> table = {
        {QStringLiteral("age_on_first_day"), QT_TRANSLATE_NOOP("FlagFigures", "Age on the first day")},
        {QStringLiteral("answer_pairs"), QT_TRANSLATE_NOOP("FlagFigures", "Pairs of answers alike")},
        {QStringLiteral("cap_hours"), QT_TRANSLATE_NOOP("FlagFigures", "Cap (hours)")},
        {QStringLiteral("chance_per_week"), QT_TRANSLATE_NOOP("FlagFigures", "Chance in a week")},
        {QStringLiteral("chance_share"), QT_TRANSLATE_NOOP("FlagFigures", "Share expected by chance")},
        {QStringLiteral("chance_share_from_records"),
         QT_TRANSLATE_NOOP("FlagFigures", "Share expected by chance (from the records)")},
        {QStringLiteral("chi_square"), QT_TRANSLATE_NOOP("FlagFigures", "Chi-square")},
        {QStringLiteral("computed_net_pay"), QT_TRANSLATE_NOOP("FlagFigures", "Net pay computed")},
        {QStringLiteral("count"), QT_TRANSLATE_NOOP("FlagFigures", "Count")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("FlagFigures", "Date")},
        {QStringLiteral("day_of_year"), QT_TRANSLATE_NOOP("FlagFigures", "Day of the year")},
        {QStringLiteral("days"), QT_TRANSLATE_NOOP("FlagFigures", "Days")},
        {QStringLiteral("days_after_termination"), QT_TRANSLATE_NOOP("FlagFigures", "Days after leaving")},
        {QStringLiteral("days_at_same_times"), QT_TRANSLATE_NOOP("FlagFigures", "Days at the same times")},
        {QStringLiteral("days_before_hire"), QT_TRANSLATE_NOOP("FlagFigures", "Days before hire")},
        {QStringLiteral("days_outside_recorded_hours"),
         QT_TRANSLATE_NOOP("FlagFigures", "Days outside the recorded hours")},
        {QStringLiteral("days_without_time_record"), QT_TRANSLATE_NOOP("FlagFigures", "Days without a time record")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("FlagFigures", "Department")},
        {QStringLiteral("department_days_tested"), QT_TRANSLATE_NOOP("FlagFigures", "Department-days tested")},
        {QStringLiteral("direction"), QT_TRANSLATE_NOOP("FlagFigures", "In or out")},
        {QStringLiteral("expected"), QT_TRANSLATE_NOOP("FlagFigures", "Expected")},
        {QStringLiteral("expected_by_chance"), QT_TRANSLATE_NOOP("FlagFigures", "Expected by chance")},
        {QStringLiteral("expected_first_digits"), QT_TRANSLATE_NOOP("FlagFigures", "First digits expected")},
        {QStringLiteral("factory_chance_per_week"), QT_TRANSLATE_NOOP("FlagFigures", "Chance in a week, this factory")},
        {QStringLiteral("factory_median_gap_minutes"),
         QT_TRANSLATE_NOOP("FlagFigures", "Median gap in this factory (minutes)")},
        {QStringLiteral("field"), QT_TRANSLATE_NOOP("FlagFigures", "Field")},
        {QStringLiteral("fields"), QT_TRANSLATE_NOOP("FlagFigures", "Fields")},
        {QStringLiteral("first_day"), QT_TRANSLATE_NOOP("FlagFigures", "First day")},
        {QStringLiteral("free_text"), QT_TRANSLATE_NOOP("FlagFigures", "Notes compared")},
        {QStringLiteral("free_text_pairs"), QT_TRANSLATE_NOOP("FlagFigures", "Pairs of notes alike")},
        {QStringLiteral("full_weeks"), QT_TRANSLATE_NOOP("FlagFigures", "Full weeks")},
        {QStringLiteral("gate_events"), QT_TRANSLATE_NOOP("FlagFigures", "Gate events")},
        {QStringLiteral("hire_date"), QT_TRANSLATE_NOOP("FlagFigures", "Hire date")},
        {QStringLiteral("hourly_rate"), QT_TRANSLATE_NOOP("FlagFigures", "Hourly rate")},
        {QStringLiteral("hours"), QT_TRANSLATE_NOOP("FlagFigures", "Hours")},
        {QStringLiteral("in"), QT_TRANSLATE_NOOP("FlagFigures", "In")},
        {QStringLiteral("interview"), QT_TRANSLATE_NOOP("FlagFigures", "Interview")},
        {QStringLiteral("interviewer_suspected_coaching"),
         QT_TRANSLATE_NOOP("FlagFigures", "Interviewer thought the answers coached")},
        {QStringLiteral("interviews"), QT_TRANSLATE_NOOP("FlagFigures", "Interviews")},
        {QStringLiteral("interviews_compared"), QT_TRANSLATE_NOOP("FlagFigures", "Interviews compared")},
        {QStringLiteral("interviews_linked"), QT_TRANSLATE_NOOP("FlagFigures", "Interviews linked to the register")},
        {QStringLiteral("interviews_stating_it"), QT_TRANSLATE_NOOP("FlagFigures", "Interviews that say so")},
        {QStringLiteral("largest_gap_hours"), QT_TRANSLATE_NOOP("FlagFigures", "Largest gap (hours)")},
        {QStringLiteral("last_day"), QT_TRANSLATE_NOOP("FlagFigures", "Last day")},
        {QStringLiteral("line"), QT_TRANSLATE_NOOP("FlagFigures", "Line")},
        {QStringLiteral("mad"), QT_TRANSLATE_NOOP("FlagFigures", "Mean absolute deviation")},
        {QStringLiteral("max_consecutive_days"), QT_TRANSLATE_NOOP("FlagFigures", "Most days in a row")},
        {QStringLiteral("max_overtime_hours_per_week"), QT_TRANSLATE_NOOP("FlagFigures", "Overtime limit a week (h)")},
        {QStringLiteral("max_total_hours_per_week"), QT_TRANSLATE_NOOP("FlagFigures", "Total limit a week (h)")},
        {QStringLiteral("maximum_efficiency"), QT_TRANSLATE_NOOP("FlagFigures", "Highest efficiency")},
        {QStringLiteral("median_efficiency"), QT_TRANSLATE_NOOP("FlagFigures", "Median efficiency")},
        {QStringLiteral("minimum_age"), QT_TRANSLATE_NOOP("FlagFigures", "Minimum age")},
        {QStringLiteral("minimum_wage_hourly"), QT_TRANSLATE_NOOP("FlagFigures", "Minimum wage an hour")},
        {QStringLiteral("net_pay"), QT_TRANSLATE_NOOP("FlagFigures", "Net pay")},
        {QStringLiteral("night_days"), QT_TRANSLATE_NOOP("FlagFigures", "Days with night work")},
        {QStringLiteral("night_window"), QT_TRANSLATE_NOOP("FlagFigures", "Night hours")},
        {QStringLiteral("observed_first_digits"), QT_TRANSLATE_NOOP("FlagFigures", "First digits found")},
        {QStringLiteral("on_round_minutes"), QT_TRANSLATE_NOOP("FlagFigures", "On round minutes")},
        {QStringLiteral("orders_of_magnitude"), QT_TRANSLATE_NOOP("FlagFigures", "Orders of magnitude")},
        {QStringLiteral("out"), QT_TRANSLATE_NOOP("FlagFigures", "Out")},
        {QStringLiteral("overtime_days"), QT_TRANSLATE_NOOP("FlagFigures", "Days with overtime")},
        {QStringLiteral("overtime_hours"), QT_TRANSLATE_NOOP("FlagFigures", "Overtime hours")},
        {QStringLiteral("overtime_premium"), QT_TRANSLATE_NOOP("FlagFigures", "Overtime premium")},
        {QStringLiteral("overtime_rate"), QT_TRANSLATE_NOOP("FlagFigures", "Overtime rate")},
        {QStringLiteral("p_value"), QT_TRANSLATE_NOOP("FlagFigures", "p-value")},
        {QStringLiteral("paid_hours"), QT_TRANSLATE_NOOP("FlagFigures", "Hours paid")},
        {QStringLiteral("paid_while_under_age"), QT_TRANSLATE_NOOP("FlagFigures", "Paid while under age")},
        {QStringLiteral("payroll_rows"), QT_TRANSLATE_NOOP("FlagFigures", "Payroll rows")},
        {QStringLiteral("period_end"), QT_TRANSLATE_NOOP("FlagFigures", "Period end")},
        {QStringLiteral("period_start"), QT_TRANSLATE_NOOP("FlagFigures", "Period start")},
        {QStringLiteral("periods"), QT_TRANSLATE_NOOP("FlagFigures", "Pay periods")},
        {QStringLiteral("punches"), QT_TRANSLATE_NOOP("FlagFigures", "Punches")},
        {QStringLiteral("questions"), QT_TRANSLATE_NOOP("FlagFigures", "Questions")},
        {QStringLiteral("ratio"), QT_TRANSLATE_NOOP("FlagFigures", "Ratio")},
        {QStringLiteral("reaches_minimum_age"), QT_TRANSLATE_NOOP("FlagFigures", "Reaches the minimum age")},
        {QStringLiteral("recorded"), QT_TRANSLATE_NOOP("FlagFigures", "In the records")},
        {QStringLiteral("recorded_hours"), QT_TRANSLATE_NOOP("FlagFigures", "Hours recorded")},
        {QStringLiteral("register_line"), QT_TRANSLATE_NOOP("FlagFigures", "Line in the register")},
        {QStringLiteral("regular_hours"), QT_TRANSLATE_NOOP("FlagFigures", "Regular hours")},
        {QStringLiteral("regular_hours_per_week"), QT_TRANSLATE_NOOP("FlagFigures", "Regular hours a week")},
        {QStringLiteral("regular_pay"), QT_TRANSLATE_NOOP("FlagFigures", "Regular pay")},
        {QStringLiteral("regular_rate"), QT_TRANSLATE_NOOP("FlagFigures", "Regular rate")},
        {QStringLiteral("round_minutes"), QT_TRANSLATE_NOOP("FlagFigures", "Round minutes")},
        {QStringLiteral("runs"), QT_TRANSLATE_NOOP("FlagFigures", "Runs of days")},
        {QStringLiteral("same_answers"), QT_TRANSLATE_NOOP("FlagFigures", "Same answers")},
        {QStringLiteral("serious_share"), QT_TRANSLATE_NOOP("FlagFigures", "Share counted as serious")},
        {QStringLiteral("shortfall_total"), QT_TRANSLATE_NOOP("FlagFigures", "Shortfall in all")},
        {QStringLiteral("significance_level"), QT_TRANSLATE_NOOP("FlagFigures", "Significance level")},
        {QStringLiteral("standard_hours_needed"), QT_TRANSLATE_NOOP("FlagFigures", "Standard hours needed")},
        {QStringLiteral("stated"), QT_TRANSLATE_NOOP("FlagFigures", "Said in the interview")},
        {QStringLiteral("stated_weekly_hours"), QT_TRANSLATE_NOOP("FlagFigures", "Weekly hours said")},
        {QStringLiteral("termination_date"), QT_TRANSLATE_NOOP("FlagFigures", "Date of leaving")},
        {QStringLiteral("text_similarity"), QT_TRANSLATE_NOOP("FlagFigures", "Similarity of the notes")},
        {QStringLiteral("threshold_hours"), QT_TRANSLATE_NOOP("FlagFigures", "Threshold (hours)")},
        {QStringLiteral("time"), QT_TRANSLATE_NOOP("FlagFigures", "Time")},
        {QStringLiteral("time_records"), QT_TRANSLATE_NOOP("FlagFigures", "Time records")},
        {QStringLiteral("tolerance"), QT_TRANSLATE_NOOP("FlagFigures", "Tolerance")},
        {QStringLiteral("tolerance_hours"), QT_TRANSLATE_NOOP("FlagFigures", "Tolerance (hours)")},
        {QStringLiteral("tolerance_share"), QT_TRANSLATE_NOOP("FlagFigures", "Tolerance (share)")},
        {QStringLiteral("turns_adult"), QT_TRANSLATE_NOOP("FlagFigures", "Turns 18")},
        {QStringLiteral("week_start"), QT_TRANSLATE_NOOP("FlagFigures", "Week starting")},
        {QStringLiteral("weeks"), QT_TRANSLATE_NOOP("FlagFigures", "Weeks")},
        {QStringLiteral("weeks_at_cap"), QT_TRANSLATE_NOOP("FlagFigures", "Weeks at the cap")},
        {QStringLiteral("worker"), QT_TRANSLATE_NOOP("FlagFigures", "Worker")},
        {QStringLiteral("workers"), QT_TRANSLATE_NOOP("FlagFigures", "Workers")},
        {QStringLiteral("workers_at_time"), QT_TRANSLATE_NOOP("FlagFigures", "Workers at that time")},
        {QStringLiteral("workers_present"), QT_TRANSLATE_NOOP("FlagFigures", "Workers present")},
        {QStringLiteral("workers_sharing"), QT_TRANSLATE_NOOP("FlagFigures", "Workers sharing it")},
        {QStringLiteral("workers_with_birth_date"), QT_TRANSLATE_NOOP("FlagFigures", "Workers with a birth date")},
        {QStringLiteral("young_worker_age"), QT_TRANSLATE_NOOP("FlagFigures", "Young worker below age")},
    };
    return table;
}

} // namespace

QString FigureLabels::label(const QString& key)
{
    const auto found = labels().constFind(key);
    if (found != labels().constEnd()) {
        return QCoreApplication::translate("FlagFigures", found.value());
    }
    return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
}

bool FigureLabels::hasLabel(const QString& key)
{
    return labels().contains(key);
}

} // namespace fieldbook
