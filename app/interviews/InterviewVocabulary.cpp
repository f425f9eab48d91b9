#include "app/interviews/InterviewVocabulary.h"

#include <QCoreApplication>

namespace fieldbook {

namespace {
// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// named Tr::tr() would file these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InterviewVocabulary)
};

// Whole years between two dates, counting a birthday only once it has been reached.
int fullYears(const QDate& from, const QDate& to)
{
    int years = to.year() - from.year();
    if (to.month() < from.month() || (to.month() == from.month() && to.day() < from.day())) {
        --years;
    }
    return years;
}
} // namespace

QStringList InterviewVocabulary::ageBands()
{
    return {QStringLiteral("under_18"), QStringLiteral("18_24"), QStringLiteral("25_34"), QStringLiteral("35_44"),
            QStringLiteral("45_plus")};
}

QStringList InterviewVocabulary::tenureBands()
{
    return {QStringLiteral("under_3_months"), QStringLiteral("3_12_months"), QStringLiteral("1_3_years"),
            QStringLiteral("3_years_plus")};
}

QStringList InterviewVocabulary::shifts()
{
    return {QStringLiteral("day"), QStringLiteral("evening"), QStringLiteral("night")};
}

QStringList InterviewVocabulary::managementRoles()
{
    return {QStringLiteral("general_manager"),
            QStringLiteral("hr"),
            QStringLiteral("production"),
            QStringLiteral("health_safety"),
            QStringLiteral("payroll"),
            QStringLiteral("compliance"),
            QStringLiteral("other")};
}

QStringList InterviewVocabulary::exclusionReasons()
{
    return {QStringLiteral("absent"), QStringLiteral("left"), QStringLiteral("declined"), QStringLiteral("unsafe"),
            QStringLiteral("other")};
}

QStringList InterviewVocabulary::structuredAnswers()
{
    return {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("unclear")};
}

QString InterviewVocabulary::ageBand(const QDate& birth, const QDate& reference)
{
    if (!birth.isValid() || !reference.isValid() || birth > reference) {
        return {};
    }
    const int age = fullYears(birth, reference);
    if (age < 18) {
        return QStringLiteral("under_18");
    }
    if (age < 25) {
        return QStringLiteral("18_24");
    }
    if (age < 35) {
        return QStringLiteral("25_34");
    }
    if (age < 45) {
        return QStringLiteral("35_44");
    }
    return QStringLiteral("45_plus");
}

QString InterviewVocabulary::tenureBand(const QDate& hire, const QDate& reference)
{
    if (!hire.isValid() || !reference.isValid()) {
        return {};
    }
    // Hired after the reference date (a register exported after the visit started): newest of all.
    if (hire > reference.addMonths(-3)) {
        return QStringLiteral("under_3_months");
    }
    if (hire > reference.addYears(-1)) {
        return QStringLiteral("3_12_months");
    }
    if (hire > reference.addYears(-3)) {
        return QStringLiteral("1_3_years");
    }
    return QStringLiteral("3_years_plus");
}

QString InterviewVocabulary::shiftOfStart(int secondsAfterMidnight)
{
    const int hour = ((secondsAfterMidnight / 3600) % 24 + 24) % 24;
    // Starts from 04:00 to 11:59 are day shifts, 12:00 to 18:59 evening shifts, the rest night shifts.
    if (hour >= 4 && hour < 12) {
        return QStringLiteral("day");
    }
    if (hour >= 12 && hour < 19) {
        return QStringLiteral("evening");
    }
    return QStringLiteral("night");
}

QString InterviewVocabulary::ageBandText(const QString& id)
{
    if (id == QLatin1String("under_18")) {
        return Tr::tr("under 18");
    }
    if (id == QLatin1String("18_24")) {
        return Tr::tr("18–24");
    }
    if (id == QLatin1String("25_34")) {
        return Tr::tr("25–34");
    }
    if (id == QLatin1String("35_44")) {
        return Tr::tr("35–44");
    }
    if (id == QLatin1String("45_plus")) {
        return Tr::tr("45 and over");
    }
    return Tr::tr("unknown");
}

QString InterviewVocabulary::tenureBandText(const QString& id)
{
    if (id == QLatin1String("under_3_months")) {
        return Tr::tr("under 3 months");
    }
    if (id == QLatin1String("3_12_months")) {
        return Tr::tr("3–12 months");
    }
    if (id == QLatin1String("1_3_years")) {
        return Tr::tr("1–3 years");
    }
    if (id == QLatin1String("3_years_plus")) {
        return Tr::tr("3 years or more");
    }
    return Tr::tr("unknown");
}

QString InterviewVocabulary::shiftText(const QString& id)
{
    if (id == QLatin1String("day")) {
        return Tr::tr("day");
    }
    if (id == QLatin1String("evening")) {
        return Tr::tr("evening");
    }
    if (id == QLatin1String("night")) {
        return Tr::tr("night");
    }
    return id.isEmpty() ? Tr::tr("unknown") : id;
}

QString InterviewVocabulary::genderText(const QString& id)
{
    if (id == QLatin1String("F")) {
        return Tr::tr("female");
    }
    if (id == QLatin1String("M")) {
        return Tr::tr("male");
    }
    if (id == QLatin1String("X")) {
        return Tr::tr("other");
    }
    return Tr::tr("unknown");
}

QString InterviewVocabulary::managementRoleText(const QString& id)
{
    if (id == QLatin1String("general_manager")) {
        return Tr::tr("General manager");
    }
    if (id == QLatin1String("hr")) {
        return Tr::tr("Human resources (HR)");
    }
    if (id == QLatin1String("production")) {
        return Tr::tr("Production");
    }
    if (id == QLatin1String("health_safety")) {
        return Tr::tr("Health and safety (H&S)");
    }
    if (id == QLatin1String("payroll")) {
        return Tr::tr("Payroll and finance");
    }
    if (id == QLatin1String("compliance")) {
        return Tr::tr("Social compliance");
    }
    if (id == QLatin1String("other")) {
        return Tr::tr("Other");
    }
    return Tr::tr("not recorded");
}

QString InterviewVocabulary::exclusionReasonText(const QString& id)
{
    if (id == QLatin1String("absent")) {
        return Tr::tr("absent today");
    }
    if (id == QLatin1String("left")) {
        return Tr::tr("no longer works here");
    }
    if (id == QLatin1String("declined")) {
        return Tr::tr("declined to be interviewed");
    }
    if (id == QLatin1String("unsafe")) {
        return Tr::tr("interview could put the worker at risk");
    }
    return Tr::tr("other reason");
}

QString InterviewVocabulary::answerText(const QString& id)
{
    if (id == QLatin1String("yes")) {
        return Tr::tr("Yes");
    }
    if (id == QLatin1String("no")) {
        return Tr::tr("No");
    }
    if (id == QLatin1String("unclear")) {
        return Tr::tr("Unclear");
    }
    return id;
}

QString InterviewVocabulary::formatText(const QString& id)
{
    return id == QLatin1String("group") ? Tr::tr("group") : Tr::tr("individual");
}

QString InterviewVocabulary::locationText(const QString& id)
{
    return id == QLatin1String("off_site") ? Tr::tr("off-site") : Tr::tr("on-site");
}

QString InterviewVocabulary::reasonText(const QString& id)
{
    if (id == QLatin1String("young_worker")) {
        return Tr::tr("young worker (under 18)");
    }
    if (id == QLatin1String("recent_hire")) {
        return Tr::tr("recent hire (under 3 months)");
    }
    if (id == QLatin1String("coverage")) {
        return Tr::tr("so that every large group is heard");
    }
    if (id == QLatin1String("replacement")) {
        return Tr::tr("replaces an excluded worker");
    }
    return Tr::tr("random, by group size");
}

} // namespace fieldbook
