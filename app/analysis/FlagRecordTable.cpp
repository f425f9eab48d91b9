#include "app/analysis/FlagRecordTable.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <cmath>

namespace fieldbook {

namespace {

QString clockText(int seconds)
{
    const int day = 24 * 3600;
    seconds = ((seconds % day) + day) % day;
    const QString hhmm = QStringLiteral("%1:%2")
                             .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                             .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
    return seconds % 60 == 0 ? hhmm : hhmm + QStringLiteral(":%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QByteArray csvField(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

// Plain text of a value for machines: what the JSON holds, without JSON quoting.
QString machineText(const QVariant& value, RecordValueType type)
{
    const QJsonValue json = FlagRecordTable::jsonValue(value, type);
    if (json.isNull()) {
        return QString();
    }
    if (json.isString()) {
        return json.toString();
    }
    return QString::number(json.toDouble(), 'g', 15);
}

} // namespace

QString recordValueTypeName(RecordValueType type)
{
    switch (type) {
    case RecordValueType::Text:
        return QStringLiteral("text");
    case RecordValueType::Integer:
        return QStringLiteral("integer");
    case RecordValueType::Number:
        return QStringLiteral("number");
    case RecordValueType::Hours:
        return QStringLiteral("hours");
    case RecordValueType::Money:
        return QStringLiteral("money");
    case RecordValueType::Date:
        return QStringLiteral("date");
    case RecordValueType::Day:
        return QStringLiteral("day");
    case RecordValueType::Clock:
        return QStringLiteral("clock");
    }
    return QStringLiteral("text");
}

int FlagRecordTable::columnIndex(const QString& key) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key) {
            return i;
        }
    }
    return -1;
}

void FlagRecordTable::append(RecordRow row, int limit)
{
    ++total;
    if (rows.size() < limit) {
        rows.append(std::move(row));
    }
}

QString FlagRecordTable::displayText(const QVariant& value, RecordValueType type)
{
    if (!value.isValid() || value.isNull()) {
        return QString();
    }
    const QLocale locale;
    switch (type) {
    case RecordValueType::Text:
        return value.toString();
    case RecordValueType::Integer:
        return locale.toString(value.toLongLong());
    case RecordValueType::Number: {
        const double v = value.toDouble();
        return std::fabs(v - std::round(v)) < 1e-9 ? locale.toString(qint64(std::llround(v)))
                                                   : locale.toString(v, 'f', 2);
    }
    case RecordValueType::Hours:
    case RecordValueType::Money:
        return locale.toString(value.toDouble(), 'f', 2);
    case RecordValueType::Date:
        return value.toDate().toString(Qt::ISODate);
    case RecordValueType::Day: {
        // The weekday beside the date: weeks run Monday to Sunday and rest days matter.
        const QDate d = value.toDate();
        return d.toString(Qt::ISODate) + QLatin1Char(' ') + locale.dayName(d.dayOfWeek(), QLocale::ShortFormat);
    }
    case RecordValueType::Clock:
        return clockText(value.toInt());
    }
    return value.toString();
}

QJsonValue FlagRecordTable::jsonValue(const QVariant& value, RecordValueType type)
{
    if (!value.isValid() || value.isNull()) {
        return QJsonValue::Null;
    }
    switch (type) {
    case RecordValueType::Text:
        return value.toString();
    case RecordValueType::Integer:
        return double(value.toLongLong());
    case RecordValueType::Number:
    case RecordValueType::Money:
    case RecordValueType::Hours:
        return std::round(value.toDouble() * 100) / 100;
    case RecordValueType::Date:
    case RecordValueType::Day:
        return value.toDate().toString(Qt::ISODate);
    case RecordValueType::Clock:
        return clockText(value.toInt());
    }
    return value.toString();
}

QJsonObject FlagRecordTable::toJson() const
{
    QJsonArray columnList;
    for (const RecordColumn& c : columns) {
        columnList.append(QJsonObject{{QStringLiteral("key"), c.key},
                                      {QStringLiteral("title"), c.title},
                                      {QStringLiteral("type"), recordValueTypeName(c.type)}});
    }
    QJsonArray rowList;
    for (const RecordRow& r : rows) {
        QJsonObject values;
        for (int i = 0; i < columns.size(); ++i) {
            values.insert(columns.at(i).key, jsonValue(r.values.value(i), columns.at(i).type));
        }
        rowList.append(QJsonObject{{QStringLiteral("file"), r.file},
                                   {QStringLiteral("line"), r.line > 0 ? QJsonValue(r.line) : QJsonValue()},
                                   {QStringLiteral("values"), values}});
    }
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("columns"), columnList},
                       {QStringLiteral("rows"), rowList},
                       {QStringLiteral("total"), double(total)},
                       {QStringLiteral("shown"), int(rows.size())},
                       {QStringLiteral("not_shown"), double(notShown())},
                       {QStringLiteral("note"), note}};
}

QByteArray FlagRecordTable::toCsv(bool header, const QString& flagUuid) const
{
    QByteArray out;
    const bool withFlag = !flagUuid.isEmpty();
    if (header) {
        QByteArrayList names;
        if (withFlag) {
            names.append("flag");
        }
        for (const RecordColumn& c : columns) {
            names.append(csvField(c.key));
        }
        names << "file"
              << "line";
        out += names.join(',') + '\n';
    }
    for (const RecordRow& r : rows) {
        QByteArrayList fields;
        if (withFlag) {
            fields.append(csvField(flagUuid));
        }
        for (int i = 0; i < columns.size(); ++i) {
            fields.append(csvField(machineText(r.values.value(i), columns.at(i).type)));
        }
        fields << csvField(r.file) << (r.line > 0 ? QByteArray::number(r.line) : QByteArray());
        out += fields.join(',') + '\n';
    }
    return out;
}

} // namespace fieldbook
