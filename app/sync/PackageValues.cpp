#include "app/sync/PackageValues.h"
#include "database/Database.h"

#include <QJsonObject>
#include <cmath>

namespace fieldbook::packagevalues {

namespace {
const QString kBase64Key = QStringLiteral("$base64");
} // namespace

QJsonValue toJson(const QVariant& v)
{
    if (!v.isValid() || v.isNull()) {
        return QJsonValue::Null;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
        return double(v.toLongLong());
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QByteArray:
        return QJsonObject{{kBase64Key, QString::fromLatin1(v.toByteArray().toBase64())}};
    default:
        return v.toString();
    }
}

QVariant fromJson(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined()) {
        return {};
    }
    if (v.isDouble()) {
        // An integral number within qint64 is an integer, any other stays a double: casting a double
        // outside the range (a package's 1e300) to an integer is undefined behaviour (found by the
        // audit_json_merge fuzz target's seeds, issue 13).
        const double d = v.toDouble();
        constexpr double kTwoTo63 = 9223372036854775808.0;
        return d >= -kTwoTo63 && d < kTwoTo63 && d == std::trunc(d) ? QVariant(qint64(d)) : QVariant(d);
    }
    if (v.isObject()) {
        return QByteArray::fromBase64(v.toObject().value(kBase64Key).toString().toLatin1());
    }
    return v.toString();
}

QSet<QString> personalColumns(const Database& db, const QString& table)
{
    QSet<QString> set;
    Result<Statement> s =
        db.prepare(QStringLiteral("SELECT column_name FROM personal_data_columns WHERE table_name = ?1"));
    if (s) {
        s->bind(1, table);
        while (s->step()) {
            set.insert(s->text(0));
        }
    }
    return set;
}

QStringList tableColumns(const Database& db, const QString& table)
{
    QStringList columns;
    Result<Statement> s = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1)"));
    if (s) {
        s->bind(1, table);
        while (s->step()) {
            columns << s->text(0);
        }
    }
    return columns;
}

} // namespace fieldbook::packagevalues
