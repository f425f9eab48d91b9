#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace fieldbook {

// One QString per distinct value of a column that repeats on thousands of rows (a department):
// every row shares the same implicitly shared string instead of decoding and allocating its own.
class TextInterner
{
public:
    // The shared string of these UTF-8 bytes.
    const QString& intern(QByteArrayView utf8)
    {
        const QByteArray key = utf8.toByteArray();
        auto it = m_strings.constFind(key);
        if (it == m_strings.constEnd()) {
            it = m_strings.insert(key, QString::fromUtf8(key));
        }
        return it.value();
    }
    void clear()
    {
        m_strings.clear();
    }

private:
    QHash<QByteArray, QString> m_strings;
};

} // namespace fieldbook
