#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace fieldbook {

// The fixed choices of interviews and interview sampling, shared by the sampler, the store, the
// forms and the CLI so that a band drawn in the sample is the band recorded in the interview.
// Ids are stored: never rename them. Texts are for people and translated.
class InterviewVocabulary
{
public:
    static QStringList ageBands();    // under_18, 18_24, 25_34, 35_44, 45_plus
    static QStringList tenureBands(); // under_3_months, 3_12_months, 1_3_years, 3_years_plus
    static QStringList shifts();      // day, evening, night
    static QStringList managementRoles();
    static QStringList exclusionReasons();
    static QStringList structuredAnswers(); // yes, no, unclear

    // The band of a person born on `birth` (or hired on `hire`) at the reference date; empty
    // when the date is unknown.
    static QString ageBand(const QDate& birth, const QDate& reference);
    static QString tenureBand(const QDate& hire, const QDate& reference);
    // The shift a usual start time (seconds after midnight) belongs to.
    static QString shiftOfStart(int secondsAfterMidnight);

    static QString ageBandText(const QString& id);
    static QString tenureBandText(const QString& id);
    static QString shiftText(const QString& id);
    static QString genderText(const QString& id);
    static QString managementRoleText(const QString& id);
    static QString exclusionReasonText(const QString& id);
    static QString answerText(const QString& id);
    static QString formatText(const QString& id);   // individual | group
    static QString locationText(const QString& id); // on_site | off_site
    static QString reasonText(const QString& id);   // why the sampler chose a worker
};

} // namespace fieldbook
