#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace fieldbook {

// Stable identifier for anything that can be exported and merged: lower-case RFC 4122 text.
inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The store's timestamp form: UTC ISO-8601 with milliseconds, sortable as text.
inline QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace fieldbook
