#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fieldbook {

// Reads typed values out of a JSON document and remembers the first problem with its path
// ("$.sections[2].clauses[0].questions[1].methods"), so a bad catalog or rules file is reported
// as file + path + what is wrong, and nothing of it is used.
class JsonReader
{
public:
    explicit JsonReader(QString fileName) : m_fileName(std::move(fileName))
    {}

    bool ok() const
    {
        return m_error.isEmpty();
    }
    QString error() const
    {
        return m_error;
    }
    void fail(const QString& path, const QString& what);

    QString string(const QJsonObject& o, const QString& path, const char* key, bool required = true);
    QStringList stringList(const QJsonObject& o, const QString& path, const char* key, bool required = true,
                           bool nonEmpty = false);
    QJsonArray array(const QJsonObject& o, const QString& path, const char* key, bool nonEmpty = true);
    QJsonObject object(const QJsonValue& v, const QString& path);
    double number(const QJsonObject& o, const QString& path, const char* key, bool required = true,
                  double fallback = 0);
    // A format version: a whole number from 0 to 1000, else a failure and -1.
    int formatVersion(const QJsonObject& o, const QString& path, const char* key, bool required = true,
                      int fallback = 1);
    bool boolean(const QJsonObject& o, const QString& path, const char* key, bool fallback = false);

    static QString child(const QString& path, const char* key)
    {
        return path + QLatin1Char('.') + QLatin1String(key);
    }
    static QString index(const QString& path, qsizetype i)
    {
        return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    }

private:
    QString m_fileName;
    QString m_error;
};

} // namespace fieldbook
