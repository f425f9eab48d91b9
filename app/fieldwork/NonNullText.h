#pragma once

#include <QString>

namespace fieldbook {

// Qt often hands out empty strings that are also null (QString(), QLineEdit::text() of an empty
// field), and the store binds a null QString as SQL NULL. Text columns declared NOT NULL want ''.
inline QString nonNullText(const QString& text)
{
    if (!text.isNull()) {
        return text;
    }
    QString empty;
    empty.reserve(1); // allocated, therefore not null, still empty
    return empty;
}

} // namespace fieldbook
