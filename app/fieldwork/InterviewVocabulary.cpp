#include "app/fieldwork/InterviewVocabulary.h"

#include <QCoreApplication>

namespace fieldbook {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("InterviewVocabulary", text);
}

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
        return tr("under 18");
    }
    if (id == QLatin1String("18_24")) {
        return tr("18–24");
    }
    if (id == QLatin1String("25_34")) {
        return tr("25–34");
    }
    if (id == QLatin1String("35_44")) {
        return tr("35–44");
    }
    if (id == QLatin1String("45_plus")) {
        return tr("45 and over");
    }
    return tr("unknown");
}

QString InterviewVocabulary::tenureBandText(const QString& id)
{
    if (id == QLatin1String("under_3_months")) {
        return tr("under 3 months");
    }
    if (id == QLatin1String("3_12_months")) {
        return tr("3–12 months");
    }
    if (id == QLatin1String("1_3_years")) {
        return tr("1–3 years");
    }
    if (id == QLatin1String("3_years_plus")) {
        return tr("3 years or more");
    }
    return tr("unknown");
}

QString InterviewVocabulary::shiftText(const QString& id)
{
    if (id == QLatin1String("day")) {
        return tr("day");
    }
    if (id == QLatin1String("evening")) {
        return tr("evening");
    }
    if (id == QLatin1String("night")) {
        return tr("night");
    }
    return id.isEmpty() ? tr("unknown") : id;
}

QString InterviewVocabulary::genderText(const QString& id)
{
    if (id == QLatin1String("F")) {
        return tr("female");
    }
    if (id == QLatin1String("M")) {
        return tr("male");
    }
    if (id == QLatin1String("X")) {
        return tr("other");
    }
    return tr("unknown");
}

QString InterviewVocabulary::managementRoleText(const QString& id)
{
    if (id == QLatin1String("general_manager")) {
        return tr("General manager");
    }
    if (id == QLatin1String("hr")) {
        return tr("Human resources (HR)");
    }
    if (id == QLatin1String("production")) {
        return tr("Production");
    }
    if (id == QLatin1String("health_safety")) {
        return tr("Health and safety (H&S)");
    }
    if (id == QLatin1String("payroll")) {
        return tr("Payroll and finance");
    }
    if (id == QLatin1String("compliance")) {
        return tr("Social compliance");
    }
    if (id == QLatin1String("other")) {
        return tr("Other");
    }
    return tr("not recorded");
}

QString InterviewVocabulary::exclusionReasonText(const QString& id)
{
    if (id == QLatin1String("absent")) {
        return tr("absent today");
    }
    if (id == QLatin1String("left")) {
        return tr("no longer works here");
    }
    if (id == QLatin1String("declined")) {
        return tr("declined to be interviewed");
    }
    if (id == QLatin1String("unsafe")) {
        return tr("interview could put the worker at risk");
    }
    return tr("other reason");
}

QString InterviewVocabulary::answerText(const QString& id)
{
    if (id == QLatin1String("yes")) {
        return tr("Yes");
    }
    if (id == QLatin1String("no")) {
        return tr("No");
    }
    if (id == QLatin1String("unclear")) {
        return tr("Unclear");
    }
    return id;
}

QString InterviewVocabulary::formatText(const QString& id)
{
    return id == QLatin1String("group") ? tr("group") : tr("individual");
}

QString InterviewVocabulary::locationText(const QString& id)
{
    return id == QLatin1String("off_site") ? tr("off-site") : tr("on-site");
}

QString InterviewVocabulary::reasonText(const QString& id)
{
    if (id == QLatin1String("young_worker")) {
        return tr("young worker (under 18)");
    }
    if (id == QLatin1String("recent_hire")) {
        return tr("recent hire (under 3 months)");
    }
    if (id == QLatin1String("coverage")) {
        return tr("so that every large group is heard");
    }
    if (id == QLatin1String("replacement")) {
        return tr("replaces an excluded worker");
    }
    return tr("random, by group size");
}

} // namespace fieldbook
