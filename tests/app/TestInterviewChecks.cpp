// interview_record_conflict and coached_interviews: planted conflicts and coached groups found,
// independent interviews left alone, free text never output.
#include "support/CheckTesting.h"
#include "support/RecordSetBuilder.h"
#include "support/TestRegistry.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>

using namespace fieldbook;
using namespace fieldbook::test;

namespace {
constexpr int kDays = 28;

// 20 interviews of workers W0001..W0020, honest: hours and pay as recorded, varied answers.
RecordSet interviewed(quint32 seed)
{
    RecordSet records = cleanFactory(seed, 60, kDays);
    const AnalysisInput input(records, cleanFactoryParams(kDays));
    QRandomGenerator random(seed);
    const QStringList stories = {
        "I came from the village two years ago and work on the collar line with my cousin",
        "the supervisor is strict about quality but we get the overtime money every month",
        "my child stays with grandparents so I send most of my pay home to them",
        "the canteen food is fine though the dormitory room is crowded in the summer",
        "I would like more training on the new machines because the targets went up",
        "we can take leave when we ask a few days before and the office agrees",
    };
    for (int i = 0; i < 20; ++i) {
        InterviewStatement s;
        s.pseudonym = QString("W-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        s.worker = i;
        s.department = input.department(i);
        double seconds = 0;
        int weeks = 0;
        for (int w = 0; w < kDays / 7; ++w) {
            for (const WorkDay& d : input.days(i)) {
                if (AnalysisInput::weekStart(d.date) ==
                    AnalysisInput::weekStart(QDate(2026, 1, 5).toJulianDay()) + 7 * w) {
                    seconds += d.workedSeconds;
                }
            }
            ++weeks;
        }
        s.statedWeeklyHours = std::round(seconds / 3600 / weeks) + random.bounded(5) - 2;
        s.statedRestDaysPerWeek = 1;
        // Ten questions with 3-4 plausible answers each, chosen independently.
        for (int q = 0; q < 10; ++q) {
            s.answers.insert(QString("q%1").arg(q), QString("a%1").arg(random.bounded(q % 2 ? 3 : 4)));
        }
        // Each person's own words: sentences built from the shared vocabulary in their own order.
        QStringList words;
        for (int w = 0; w < 24; ++w) {
            words.append(stories.at(random.bounded(int(stories.size()))).split(' ').at(random.bounded(10)));
        }
        s.freeTexts = {words.join(' ')};
        records.interviews.push_back(s);
    }
    return records;
}
} // namespace

class TestInterviewChecks : public QObject
{
    Q_OBJECT

private slots:
    void honestInterviewsRaiseNothing()
    {
        for (quint32 seed : {1u, 2u, 3u}) {
            const RecordSet records = interviewed(seed);
            const QList<Flag> conflicts = runCheck("interview_record_conflict", records, cleanFactoryParams(kDays));
            QVERIFY2(conflicts.isEmpty(),
                     conflicts.isEmpty() ? "" : QJsonDocument(conflicts.first().evidence).toJson().constData());
            const QList<Flag> coached = runCheck("coached_interviews", records, cleanFactoryParams(kDays));
            QVERIFY2(flagsAtLeast(coached, Severity::Medium) == 0, qPrintable(coached.value(0).summary));
        }
    }

    void conflictingTestimonyFound()
    {
        RecordSet records = interviewed(4);
        records.interviews[3].statedWeeklyHours = 72;    // records show about 52-57
        records.interviews[5].statedRestDaysPerWeek = 0; // records show Sundays off
        records.interviews[7].statedMonthlyPay = 1000;   // records: several thousand
        const QList<Flag> flags = runCheck("interview_record_conflict", records, cleanFactoryParams(kDays));
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().severity, Severity::High); // 3 of 20 > 10 %
        QVERIFY(flags.first().workers.isEmpty());         // never link an interview to a worker
        const QJsonArray found = flags.first().evidence.value("interviews").toArray();
        QStringList pseudonyms;
        for (const QJsonValue& v : found) {
            pseudonyms.append(v.toObject().value("interview").toString());
        }
        QCOMPARE(pseudonyms, (QStringList{"W-04", "W-06", "W-08"}));
    }

    void coachedGroupFound()
    {
        RecordSet records = interviewed(5);
        // Six workers give the same answers to every question and tell the same story.
        for (int i = 10; i < 16; ++i) {
            InterviewStatement& s = records.interviews[size_t(i)];
            for (int q = 0; q < 10; ++q) {
                s.answers.insert(QString("q%1").arg(q), "a0");
            }
            s.freeTexts = {
                "we work eight hours a day and never on Sunday and the overtime is voluntary and paid double"};
        }
        const QList<Flag> flags = runCheck("coached_interviews", records, cleanFactoryParams(kDays));
        QCOMPARE(flagsAtLeast(flags, Severity::Medium), 1);
        const Flag& flag = flags.first();
        QCOMPARE(flag.severity, Severity::High);
        QCOMPARE(flag.evidence.value("interviews").toArray().size(), 6);
        QCOMPARE(flag.evidence.value("interviews").toArray().first().toString(), QStringLiteral("W-11"));
        const QByteArray json = QJsonDocument(flag.toJson()).toJson();
        QVERIFY(!json.contains("voluntary")); // free text is compared, never output
        QVERIFY(!json.contains("village"));
    }

    void everyoneStatingTheSameHoursFound()
    {
        RecordSet records = interviewed(7);
        // Recorded hours that differ between the interviewed workers: 0 to 4.75 h a day less.
        for (TimeRecord& r : records.timeRecords) {
            if (r.worker < 20) {
                r.timeOut -= r.worker * 15 * 60;
            }
        }
        for (size_t i = 0; i < 17; ++i) {
            records.interviews[i].statedWeeklyHours = 48; // the rehearsed figure
        }
        const QList<Flag> flags = runCheck("coached_interviews", records, cleanFactoryParams(kDays));
        bool found = false;
        for (const Flag& f : flags) {
            if (f.subject == QLatin1String("stated_weekly_hours")) {
                found = true;
                QCOMPARE(f.evidence.value("interviews_stating_it").toInt(), 17);
                QCOMPARE(f.severity, Severity::Medium);
            }
        }
        QVERIFY(found);
    }

    void structuredAnswersOnlyWithoutFreeText()
    {
        RecordSet records = interviewed(6);
        for (InterviewStatement& s : records.interviews) {
            s.freeTexts.clear(); // no protector: free texts unavailable
        }
        for (int i = 0; i < 5; ++i) {
            for (int q = 0; q < 10; ++q) {
                records.interviews[size_t(i)].answers.insert(QString("q%1").arg(q), "a3");
            }
            records.interviews[size_t(i)].statedWeeklyHours = 48; // the rehearsed answer
        }
        const QList<Flag> flags = runCheck("coached_interviews", records, cleanFactoryParams(kDays));
        QVERIFY(!flags.isEmpty());
        QVERIFY(flags.first().evidence.value("free_text").toString().startsWith("unavailable"));
    }
};

FIELDBOOK_TEST_GUILESS_MAIN(TestInterviewChecks)
#include "TestInterviewChecks.moc"
