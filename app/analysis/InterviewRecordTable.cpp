#include "app/analysis/InterviewRecordTable.h"
#include "database/Database.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace fieldbook {

namespace {

using Type = RecordValueType;

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// named Tr::tr() would file these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlagRecords)
};

QString formatText(const QString& format)
{
    return format == QLatin1String("group") ? Tr::tr("group") : Tr::tr("individual");
}

QString locationText(const QString& location)
{
    return location == QLatin1String("off_site") ? Tr::tr("off site") : Tr::tr("on site");
}

} // namespace

Result<FlagRecordTable> InterviewRecordTable::load(const Database& db, qint64 auditId, const StoredFlag& flag,
                                                   int limit)
{
    const QJsonObject& evidence = flag.flag.evidence;
    // Which interviews the flag names (by pseudonym, never by worker), and what each contradicts.
    QStringList pseudonyms;
    QHash<QString, QString> conflicts;
    for (const QJsonValue& v : evidence.value(QStringLiteral("interviews")).toArray()) {
        if (v.isString()) {
            pseudonyms.append(v.toString());
            continue;
        }
        const QJsonObject o = v.toObject();
        const QString pseudonym = o.value(QStringLiteral("interview")).toString();
        QStringList said;
        for (const QJsonValue& f : o.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject field = f.toObject();
            said.append(Tr::tr("%1: said %2, records %3")
                            .arg(field.value(QStringLiteral("field")).toString())
                            .arg(field.value(QStringLiteral("stated")).toDouble())
                            .arg(field.value(QStringLiteral("recorded")).toDouble()));
        }
        pseudonyms.append(pseudonym);
        conflicts.insert(pseudonym, said.join(QStringLiteral("; ")));
    }
    const bool byStatedHours = evidence.contains(QStringLiteral("stated_weekly_hours"));
    FlagRecordTable table;
    table.kind = QStringLiteral("interviews");
    table.columns = {{QStringLiteral("interview"), Tr::tr("Interview"), Type::Text},
                     {QStringLiteral("format"), Tr::tr("Format"), Type::Text},
                     {QStringLiteral("location"), Tr::tr("Where"), Type::Text},
                     {QStringLiteral("department"), Tr::tr("Department"), Type::Text},
                     {QStringLiteral("stated_weekly_hours"), Tr::tr("Stated hours a week"), Type::Number},
                     {QStringLiteral("stated_rest_days_per_week"), Tr::tr("Stated rest days a week"), Type::Number},
                     {QStringLiteral("stated_monthly_pay"), Tr::tr("Stated monthly pay"), Type::Money},
                     {QStringLiteral("stated_deductions"), Tr::tr("Stated deductions"), Type::Money},
                     {QStringLiteral("overtime_voluntary"), Tr::tr("Overtime voluntary"), Type::Text},
                     {QStringLiteral("coaching_suspected"), Tr::tr("Coaching suspected"), Type::Text}};
    if (!conflicts.isEmpty()) {
        table.columns << RecordColumn{QStringLiteral("conflicts"), Tr::tr("Contradicts the records"), Type::Text};
    }
    table.note = Tr::tr("Structured answers of the interviews the flag names, by pseudonym. Who said what and the "
                        "interview notes are personal data and are not shown.");
    const QString where = byStatedHours ? QStringLiteral("v.stated_weekly_hours = ?2")
                                        : QStringLiteral("v.pseudonym IN (SELECT value FROM json_each(?2))");
    // Only structured columns: never worker_ref (who was interviewed), notes or free_text.
    Result<Statement> select = db.prepare(
        QStringLiteral("SELECT v.id, v.pseudonym, v.format, v.location, v.department, v.stated_weekly_hours, "
                       "v.stated_rest_days_per_week, v.stated_monthly_pay, v.stated_deductions, "
                       "v.stated_overtime_voluntary, v.coaching_suspected FROM interviews v "
                       "WHERE v.audit_id = ?1 AND v.kind = 'worker' AND ") +
        where + QStringLiteral(" ORDER BY v.pseudonym"));
    if (!select) {
        return Result<FlagRecordTable>::failure(select.error());
    }
    select->bind(1, auditId);
    if (byStatedHours) {
        select->bind(2, evidence.value(QStringLiteral("stated_weekly_hours")).toDouble());
    } else {
        select->bind(
            2, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(pseudonyms)).toJson(QJsonDocument::Compact)));
    }
    const auto yesNo = [](const Statement& s, int column) {
        return s.isNull(column) ? QVariant() : QVariant(s.integer(column) != 0 ? Tr::tr("yes") : Tr::tr("no"));
    };
    const auto number = [](const Statement& s, int column) {
        return s.isNull(column) ? QVariant() : QVariant(s.real(column));
    };
    QList<qint64> ids;
    QList<QVariantList> rows;
    while (select->step()) {
        ids.append(select->int64(0));
        const QString pseudonym = select->text(1);
        QVariantList values{pseudonym,          formatText(select->text(2)), locationText(select->text(3)),
                            select->text(4),    number(*select, 5),          number(*select, 6),
                            number(*select, 7), number(*select, 8),          yesNo(*select, 9),
                            yesNo(*select, 10)};
        if (!conflicts.isEmpty()) {
            values << conflicts.value(pseudonym);
        }
        rows.append(values);
    }
    if (select->hasError()) {
        return Result<FlagRecordTable>::failure(select->errorMessage());
    }
    // Structured answers side by side, one column per question, so answers too alike show at a glance.
    QHash<qint64, QHash<QString, QString>> answers;
    QStringList keys;
    Result<Statement> answerSelect = db.prepare(
        QStringLiteral("SELECT interview_id, question_key, answer FROM interview_answers WHERE interview_id IN "
                       "(SELECT value FROM json_each(?1)) AND answer IS NOT NULL"));
    if (!answerSelect) {
        return Result<FlagRecordTable>::failure(answerSelect.error());
    }
    QJsonArray idList;
    for (const qint64 id : ids) {
        idList.append(double(id));
    }
    answerSelect->bind(1, QString::fromUtf8(QJsonDocument(idList).toJson(QJsonDocument::Compact)));
    while (answerSelect->step()) {
        const QString key = answerSelect->text(1);
        answers[answerSelect->int64(0)].insert(key, answerSelect->text(2));
        if (!keys.contains(key)) {
            keys.append(key);
        }
    }
    if (answerSelect->hasError()) {
        return Result<FlagRecordTable>::failure(answerSelect->errorMessage());
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(keys.begin(), keys.end(), collator);
    for (const QString& key : keys) {
        table.columns << RecordColumn{QStringLiteral("answer_") + key, key, Type::Text};
    }
    const QString source = Tr::tr("interview form");
    for (int i = 0; i < rows.size(); ++i) {
        QVariantList values = rows.at(i);
        const QHash<QString, QString> given = answers.value(ids.at(i));
        for (const QString& key : keys) {
            const auto it = given.constFind(key);
            values << (it == given.constEnd() ? QVariant() : QVariant(it.value()));
        }
        table.append({values, source, 0}, limit);
    }
    return table;
}

} // namespace fieldbook
