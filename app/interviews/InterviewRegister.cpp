#include "app/interviews/InterviewRegister.h"

#include "app/interviews/InterviewVocabulary.h"
#include "database/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace fieldbook {

namespace {
// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// named Tr::tr() would file these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InterviewRegister)
};

// extra_json holds JSON booleans; older or hand-made registers may say "yes" / "no".
int yesNo(const QJsonValue& v)
{
    if (v.isBool()) {
        return v.toBool() ? 1 : 0;
    }
    const QString s = v.toString().trimmed().toLower();
    if (s == QLatin1String("yes") || s == QLatin1String("y") || s == QLatin1String("1") || s == QLatin1String("true")) {
        return 1;
    }
    if (s == QLatin1String("no") || s == QLatin1String("n") || s == QLatin1String("0") || s == QLatin1String("false")) {
        return 0;
    }
    return v.isDouble() ? (v.toInt() != 0 ? 1 : 0) : -1;
}

const char* const kActiveWorkers = "FROM workers WHERE audit_id = ?1 AND (termination_date IS NULL OR "
                                   "termination_date = '' OR termination_date >= ?2)";
} // namespace

QDate InterviewRegister::referenceDate(const Database& db, qint64 auditId)
{
    Result<QVariant> start = db.scalar(QStringLiteral("SELECT start_date FROM audits WHERE id = ?1"), {auditId});
    const QDate date = start ? QDate::fromString(start->toString(), Qt::ISODate) : QDate();
    return date.isValid() ? date : QDate::currentDate();
}

Result<int> InterviewRegister::count(const Database& db, qint64 auditId)
{
    const QString reference = referenceDate(db, auditId).toString(Qt::ISODate);
    Result<QVariant> n =
        db.scalar(QStringLiteral("SELECT count(*) ") + QLatin1String(kActiveWorkers), {auditId, reference});
    if (!n) {
        return Result<int>::failure(Tr::tr("Could not count the register: %1").arg(n.error()));
    }
    return n->toInt();
}

int InterviewRegister::declaredHeadcount(const Database& db, qint64 auditId)
{
    Result<QVariant> headcount = db.scalar(QStringLiteral("SELECT coalesce(f.headcount, 0) FROM audits a JOIN "
                                                          "facilities f ON f.id = a.facility_id WHERE a.id = ?1"),
                                           {auditId});
    return headcount ? headcount->toInt() : 0;
}

Result<QList<RegisterWorker>> InterviewRegister::load(const Database& db, qint64 auditId)
{
    using R = Result<QList<RegisterWorker>>;
    const QDate reference = referenceDate(db, auditId);
    // The usual start hour of each worker's segments: modal hour of time_in.
    QHash<QString, QPair<int, int>> usualHour; // worker -> (hour, segments)
    Result<Statement> starts = db.prepare(QStringLiteral(
        "SELECT worker_id, time_in / 3600, count(*) FROM time_records WHERE audit_id = ?1 GROUP BY 1, 2"));
    if (!starts) {
        return R::failure(Tr::tr("Could not read the time records: %1").arg(starts.error()));
    }
    starts->bind(1, auditId);
    while (starts->step()) {
        const QString id = starts->text(0);
        const int segments = starts->integer(2);
        auto it = usualHour.find(id);
        if (it == usualHour.end() || segments > it->second) {
            usualHour.insert(id, {starts->integer(1), segments});
        }
    }
    if (starts->hasError()) {
        return R::failure(Tr::tr("Could not read the time records: %1").arg(starts->errorMessage()));
    }
    Result<Statement> rows =
        db.prepare(QStringLiteral("SELECT worker_id, coalesce(department, ''), coalesce(gender, ''), birth_date, "
                                  "hire_date, extra_json ") +
                   QLatin1String(kActiveWorkers) + QStringLiteral(" ORDER BY worker_id"));
    if (!rows) {
        return R::failure(Tr::tr("Could not read the register: %1").arg(rows.error()));
    }
    rows->bind(1, auditId).bind(2, reference.toString(Qt::ISODate));
    QList<RegisterWorker> workers;
    while (rows->step()) {
        RegisterWorker w;
        w.workerId = rows->text(0);
        w.department = rows->text(1);
        w.gender = rows->text(2);
        w.ageBand = InterviewVocabulary::ageBand(QDate::fromString(rows->text(3), Qt::ISODate), reference);
        w.tenureBand = InterviewVocabulary::tenureBand(QDate::fromString(rows->text(4), Qt::ISODate), reference);
        const QJsonObject extra = QJsonDocument::fromJson(rows->text(5).toUtf8()).object();
        w.migrant = yesNo(extra.value(QStringLiteral("migrant")));
        w.agency = yesNo(extra.value(QStringLiteral("agency")));
        const QString shift = extra.value(QStringLiteral("shift")).toString().trimmed().toLower();
        if (InterviewVocabulary::shifts().contains(shift)) {
            w.shift = shift;
        } else if (const auto it = usualHour.constFind(w.workerId); it != usualHour.constEnd()) {
            w.shift = InterviewVocabulary::shiftOfStart(it->first * 3600);
        }
        workers.append(w);
    }
    if (rows->hasError()) {
        return R::failure(Tr::tr("Could not read the register: %1").arg(rows->errorMessage()));
    }
    return workers;
}

} // namespace fieldbook
