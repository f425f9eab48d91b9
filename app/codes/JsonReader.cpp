#include "app/codes/JsonReader.h"

#include <QCoreApplication>
#include <cmath>

namespace fieldbook {

void JsonReader::fail(const QString& path, const QString& what)
{
    if (m_error.isEmpty()) {
        m_error = QStringLiteral("%1: %2: %3").arg(m_fileName, path, what);
    }
}

QString JsonReader::string(const QJsonObject& o, const QString& path, const char* key, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            fail(child(path, key), QCoreApplication::translate("Catalog", "missing (a text is required)"));
        }
        return {};
    }
    if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
        fail(child(path, key), QCoreApplication::translate("Catalog", "must be a non-empty text"));
        return {};
    }
    return v.toString();
}

QStringList JsonReader::stringList(const QJsonObject& o, const QString& path, const char* key, bool required,
                                   bool nonEmpty)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            fail(child(path, key), QCoreApplication::translate("Catalog", "missing (a list of texts is required)"));
        }
        return {};
    }
    if (!v.isArray()) {
        fail(child(path, key), QCoreApplication::translate("Catalog", "must be a list of texts"));
        return {};
    }
    QStringList list;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty()) {
            fail(index(child(path, key), i), QCoreApplication::translate("Catalog", "must be a non-empty text"));
            return {};
        }
        list << a.at(i).toString();
    }
    if (nonEmpty && list.isEmpty()) {
        fail(child(path, key), QCoreApplication::translate("Catalog", "must not be empty"));
    }
    return list;
}

QJsonArray JsonReader::array(const QJsonObject& o, const QString& path, const char* key, bool nonEmpty)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray()) {
        fail(child(path, key), QCoreApplication::translate("Catalog", "must be a list"));
        return {};
    }
    if (nonEmpty && v.toArray().isEmpty()) {
        fail(child(path, key), QCoreApplication::translate("Catalog", "must not be empty"));
    }
    return v.toArray();
}

QJsonObject JsonReader::object(const QJsonValue& v, const QString& path)
{
    if (!v.isObject()) {
        fail(path, QCoreApplication::translate("Catalog", "must be an object"));
        return {};
    }
    return v.toObject();
}

double JsonReader::number(const QJsonObject& o, const QString& path, const char* key, bool required, double fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            fail(child(path, key), QCoreApplication::translate("Catalog", "missing (a number is required)"));
        }
        return fallback;
    }
    if (!v.isDouble()) {
        fail(child(path, key), QCoreApplication::translate("Catalog", "must be a number"));
        return fallback;
    }
    return v.toDouble();
}

int JsonReader::formatVersion(const QJsonObject& o, const QString& path, const char* key, bool required, int fallback)
{
    const double v = number(o, path, key, required, fallback);
    // Checked before the conversion: casting a double outside int's range is undefined behaviour
    // (found by fuzzing: "format_version": 7.7e125).
    if (!ok() || !std::isfinite(v) || v < 0 || v > 1000 || v != std::floor(v)) {
        if (ok()) {
            fail(child(path, key), QCoreApplication::translate("Catalog", "must be a small whole number"));
        }
        return -1;
    }
    return int(v);
}

bool JsonReader::boolean(const QJsonObject& o, const QString& path, const char* key, bool fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        return fallback;
    }
    if (!v.isBool()) {
        fail(child(path, key), QCoreApplication::translate("Catalog", "must be true or false"));
        return fallback;
    }
    return v.toBool();
}

} // namespace fieldbook
